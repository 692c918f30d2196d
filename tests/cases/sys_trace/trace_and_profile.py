# settrace and setprofile both set: each gets its events.
import sys

def tr(frame, event, arg):
    if frame.f_code.co_name == "f":
        print("trace", event, frame.f_lineno - frame.f_code.co_firstlineno)
    return tr

def prof(frame, event, arg):
    if event.startswith("c_"):
        print("profile", event, arg.__name__)
    elif frame.f_code.co_name == "f":
        print("profile", event)

def f(x):
    y = abs(x)
    return y

sys.settrace(tr)
sys.setprofile(prof)
f(-2)
sys.setprofile(None)
sys.settrace(None)
f(1)
