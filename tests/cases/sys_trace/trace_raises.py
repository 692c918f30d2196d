# An exception in a trace function: it propagates from the traced code and
# tracing stops (sys.gettrace() is None, f_trace cleared).
import sys

count = 0

def bad(frame, event, arg):
    global count
    if frame.f_code.co_name != "work":
        return bad
    count += 1
    print("event", event, frame.f_lineno - frame.f_code.co_firstlineno)
    if count == 3:
        raise RuntimeError("tracer broke")
    return bad

def work():
    a = 1
    b = 2
    c = 3
    return a + b + c

sys.settrace(bad)
try:
    work()
except RuntimeError as e:
    print("caught", e)
print(sys.gettrace())
print(work())
