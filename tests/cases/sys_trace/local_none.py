# A global trace function returning None for a frame leaves it without
# line events; a local one returning None keeps tracing; a local one may
# hand over to another.
import sys

def local2(frame, event, arg):
    print("  local2", event, frame.f_lineno - frame.f_code.co_firstlineno)
    return local2

def local(frame, event, arg):
    print("  local", event, frame.f_lineno - frame.f_code.co_firstlineno)
    if event == "line" and frame.f_lineno - frame.f_code.co_firstlineno == 2:
        return local2
    return None

def glob(frame, event, arg):
    name = frame.f_code.co_name
    print("global", event, name)
    if name == "untraced":
        return None
    return local

def untraced():
    x = 1
    return x

def traced():
    a = 1
    b = 2
    c = 3
    return a + b + c

sys.settrace(glob)
untraced()
traced()
sys.settrace(None)
print(sys.gettrace())
