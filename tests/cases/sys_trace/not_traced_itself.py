# A trace function is not traced itself, nor what it calls; sys.call_tracing
# traces a call made from inside it.
import sys

def helper(x):
    return x + 1

def show(frame, event, arg):
    name = frame.f_code.co_name
    print("  " * depth[0] + event, name, frame.f_lineno - frame.f_code.co_firstlineno)
    if event == "call" and name == "work":
        helper(1)  # not traced
        depth[0] += 1
        sys.call_tracing(helper, (5,))  # traced
        depth[0] -= 1
    return show

depth = [0]

def work():
    v = helper(2)
    return v

sys.settrace(show)
work()
sys.settrace(None)
