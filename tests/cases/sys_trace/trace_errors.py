# A global trace function raising at 'call', and a local one that returns
# something not callable: the error comes out of the traced code and
# tracing is off afterwards.
import sys

def bad_call(frame, event, arg):
    if frame.f_code.co_name == "f":
        raise KeyError("in call")
    return bad_call

def f():
    return 1

sys.settrace(bad_call)
try:
    f()
except KeyError as e:
    print("caught", repr(e), sys.gettrace())

def glob(frame, event, arg):
    if frame.f_code.co_name == "g":
        return local
    return None

def local(frame, event, arg):
    print("local", event)
    return 42

def g():
    a = 1
    b = 2
    return a

sys.settrace(glob)
try:
    g()
except TypeError as e:
    print("TypeError", e, sys.gettrace())
sys.settrace(None)
print(f(), g())
