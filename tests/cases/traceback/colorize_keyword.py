import sys, traceback

def boom(seq):
    return seq[3] * 2

try:
    boom([1])
except IndexError as e:
    err = e
print(repr("".join(traceback.format_exception(err, colorize=True))))
print(repr("".join(traceback.format_exception_only(err, colorize=True))))
print(repr("".join(traceback.format_exception_only(ValueError(), colorize=True))))
traceback.print_exception(err, file=sys.stdout, colorize=False)
te = traceback.TracebackException.from_exception(err)
print(repr("".join(te.stack.format(colorize=True))))
te.print(file=sys.stdout, colorize=True)
