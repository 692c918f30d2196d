# sys.settrace called from inside a trace function: a new function takes
# over for the frames that start later; None stops tracing.
import sys

def second(frame, event, arg):
    print("second", event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    if frame.f_code.co_name == "c":
        sys.settrace(None)
    return second

def first(frame, event, arg):
    print("first", event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    if event == "line":
        sys.settrace(second)
    return first

def a():
    x = 1
    b()
    return x

def b():
    y = 2
    c()
    return y

def c():
    return 3

sys.settrace(first)
a()
a()
print(sys.gettrace())
