# A LogRecord's attributes in CPython's order, the lone-mapping argument,
# and how Formatter.format appends exception and stack text.
import logging
import sys

r = logging.LogRecord("n", 20, "/a/b.py", 3, "m %s", ("x",), None)
print(list(vars(r)))
print(r.filename, r.module, r.levelname, r.args, r.getMessage())
print(list(vars(logging.makeLogRecord({"msg": "hi", "extra": 1}))))
for path in ("/x/y/mod.tar.gz", "", "noext", None, 42):
    rec = logging.LogRecord("n", 10, path, 1, "m", (), None)
    print(repr(rec.filename), repr(rec.module), rec.pathname)
for args in (({"k": 1},), ({},), ([1],), ({"k": 1}, 2), ()):
    rec = logging.LogRecord("n", 10, "p", 1, "%(k)s" if args and args[0] == {"k": 1} else "m", args, None)
    print(type(rec.args).__name__, rec.args)
print(logging.LogRecord("n", 10, "p", 1, "%(k)s", ({"k": "mapped"},), None).getMessage())


class Quiet(logging.Formatter):
    def formatStack(self, stack_info):
        return ""


class Loud(logging.Formatter):
    def formatStack(self, stack_info):
        return "STACK<" + stack_info + ">"


try:
    1 / 0
except ZeroDivisionError:
    info = sys.exc_info()
for fmt in (logging.Formatter("%(message)s"), Quiet("%(message)s"), Loud("[%(levelname)s] %(message)s")):
    for exc, stack in ((None, None), (info, None), (None, "the stack"), (info, "the stack")):
        for msg in ("text", "text\n"):
            rec = logging.LogRecord("n", 30, "p", 1, msg, (), exc, sinfo=stack)
            out = fmt.format(rec)
            lines = out.splitlines()
            print(type(fmt).__name__, exc is not None, stack, repr(msg), len(lines), repr(lines[0]), repr(lines[-1]))
rec = logging.LogRecord("n", 30, "p", 1, "cached", (), info)
rec.exc_text = "given text"
print(repr(logging.Formatter().format(rec)))
