# redirect_stdout and redirect_stderr, reentrant and nested
import sys, io
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf) as got:
    print("captured")
print(got is buf, repr(buf.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

a, b = io.StringIO(), io.StringIO()
r = redirect_stdout(a)
with r:
    print("one")
    with redirect_stdout(b):
        print("two")
        with r:
            print("three")
        print("four")
    print("five")
print(repr(a.getvalue()), repr(b.getvalue()))
print(sys.stdout is sys.__stdout__)

try:
    with redirect_stdout(io.StringIO()):
        raise KeyError("restored anyway")
except KeyError:
    print("restored", sys.stdout is sys.__stdout__)

with redirect_stdout(None):
    print(sys.stdout)
print(redirect_stdout.__doc__)
print(redirect_stderr.__doc__)
print([c.__name__ for c in redirect_stdout.__mro__])
