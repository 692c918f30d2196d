# settrace: 'call', 'line' and 'return' events of nested calls, with lines
# relative to each function's first line.
import sys

def show(frame, event, arg):
    co = frame.f_code
    print(f"{event:9} {co.co_name:8} {frame.f_lineno - co.co_firstlineno:3} {arg!r}")
    return show

def add(a, b):
    c = a + b
    return c

def twice(x):
    y = add(x, x)
    z = add(y, 1)
    return y, z

sys.settrace(show)
r = twice(3)
sys.settrace(None)
print(r, sys.gettrace())
