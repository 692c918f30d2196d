# frame.f_trace set by hand: the running frame gets line events once a
# global trace function is set (as debuggers do); f_trace_lines False
# stops them; f_trace reads back.
import sys

def local(frame, event, arg):
    print("local", event, frame.f_lineno - frame.f_code.co_firstlineno)
    return local

def glob(frame, event, arg):
    return None

def main():
    f = sys._getframe()
    print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
    f.f_trace = local
    sys.settrace(glob)
    a = 1
    b = 2
    f.f_trace_lines = False
    c = 3
    f.f_trace_lines = True
    d = 4
    sys.settrace(None)
    print(f.f_trace is local)
    f.f_trace = None
    print(f.f_trace)
    e = 5
    return a + b + c + d + e

print(main())
try:
    sys._getframe().f_trace_lines = 1
except TypeError as e:
    print(e)
