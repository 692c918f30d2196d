# The tracing attributes of frame objects: defaults, bool only, deleting.
import sys

fr = sys._getframe()
print(fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
for name, value in (("f_trace_lines", 1), ("f_trace_opcodes", None), ("f_trace_lines", "yes")):
    try:
        setattr(fr, name, value)
    except TypeError as e:
        print(name, e)
for name in ("f_trace_lines", "f_trace_opcodes"):
    try:
        delattr(fr, name)
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)
fr.f_trace_opcodes = True
print(fr.f_trace_opcodes)
fr.f_trace_opcodes = False
fr.f_trace = print
print(fr.f_trace is print)
del fr.f_trace
print(fr.f_trace)
