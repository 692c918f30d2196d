import traceback, sys
class Hide(traceback.StackSummary):
    def format_frame_summary(self, fs, **kw):
        return None if fs.lineno == 3 else super().format_frame_summary(fs, **kw)
def r(n):
    if n: return r(n-1)
    raise ValueError
frames = [("a.py", 3, "f", "x")] * 6 + [("a.py", 4, "g", "y")] * 5
print(Hide.from_list(frames).format())
h = Hide(traceback.StackSummary.from_list(frames))
print(h.format())
def gen():
    yield traceback.extract_stack()
    yield [f.name for f in traceback.extract_stack()]
g = gen(); next(g); print(next(g))
def inner():
    try: raise KeyError("k")
    except KeyError as e:
        raise ExceptionGroup("in", [e, ValueError("v")]) from OSError("os")
try:
    try: inner()
    except ExceptionGroup as eg:
        raise ExceptionGroup("outer", [eg, TypeError("t")])
except ExceptionGroup as e: top = e
traceback.print_exception(top, file=sys.stdout)
traceback.print_exception(top, file=sys.stdout, limit=1, chain=False)
traceback.print_exception(top, file=sys.stdout, colorize=True)
te = traceback.TracebackException.from_exception(top, limit=0, lookup_lines=False)
print("".join(te.format()))
print("".join(te.format_exception_only(show_group=True)))
