# Long exception chains (__cause__, __context__, args, groups) and deep
# tracebacks are freed without deep C recursion.
import sys
N = 100000

e = None
for i in range(N):
    x = ValueError(i)
    x.__cause__ = e
    e = x
print(type(e.__cause__.__cause__).__name__, e.__cause__.__cause__.args)
e = None
print("cause chain freed")

e = None
for i in range(N):
    x = KeyError(i)
    x.__context__ = e
    e = x
e = None
print("context chain freed")

# raising inside except blocks builds the __context__ chain
def raise_chain(n):
    try:
        raise ValueError(0)
    except ValueError as first:
        err = first
    for i in range(1, n):
        try:
            raise ValueError(i)
        except ValueError as e2:
            e2.__context__ = err
            err = e2
    return err
e = raise_chain(N)
print(e.args, e.__context__.args)
e = None
print("raised chain freed")

e = 0
for i in range(N):
    e = TypeError(e)
e = None
print("args chain freed")

e = ValueError(0)
for i in range(N):
    e = ExceptionGroup("g", [e, KeyError(i)])
e = None
print("group freed")

# a traceback through many frames, and the frames' f_back chain
sys.setrecursionlimit(60000)
def dive(n):
    if n == 0:
        raise RuntimeError("bottom")
    dive(n - 1)
try:
    dive(50000)
except RuntimeError as err:
    e = err
depth = 0
tb = e.__traceback__
while tb:
    depth += 1
    tb = tb.tb_next
print("traceback depth", depth)
e = None
tb = None
print("traceback freed")

def frames(n):
    if n == 0:
        return sys._getframe()
    return frames(n - 1)
f = frames(50000)
print(f.f_back.f_code.co_name)
f = None
print("frames freed")
