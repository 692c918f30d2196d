# settrace called inside a function: that frame is not traced, but the
# functions it calls afterwards are, and so are the frames of later calls.
import sys

def show(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return show

def leaf():
    return 1

def starter():
    sys.settrace(show)
    a = 1
    leaf()
    for i in range(2):
        leaf()
    return a

starter()
starter()
sys.settrace(None)
