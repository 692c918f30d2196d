import traceback, sys

eg = ExceptionGroup("wide", [ValueError(i) for i in range(5)])
te = traceback.TracebackException.from_exception(eg, max_group_width=2)
print("".join(te.format()), end="")
nested = ValueError("leaf")
for depth in range(4):
    nested = ExceptionGroup(f"level {depth}", [nested])
te = traceback.TracebackException.from_exception(nested, max_group_depth=2)
print("".join(te.format()), end="")
print(te.max_group_width, te.max_group_depth)
big = ExceptionGroup("many", [KeyError(i) for i in range(17)])
traceback.print_exception(big, file=sys.stdout)
