# f_lineno and f_locals seen by a trace function at each event.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_name == "f":
        print(event, frame.f_lineno - co.co_firstlineno, sorted(frame.f_locals.items()))
    return show

def f(a,
      b=2):
    c = a + b
    d = [c,
         c]
    return d

sys.settrace(show)
f(1)
sys.settrace(None)
