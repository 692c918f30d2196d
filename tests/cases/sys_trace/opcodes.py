# f_trace_opcodes: an 'opcode' event before each instruction (f_lasti
# tells which), besides the line events.
import sys

def show(frame, event, arg):
    if frame.f_code.co_name == "small":
        frame.f_trace_opcodes = True
        print(event, frame.f_lineno - frame.f_code.co_firstlineno, frame.f_lasti)
    return show

def small(a):
    b = a + 1
    if b:
        b = 2
    return b

sys.settrace(show)
print(small(1))
sys.settrace(None)
