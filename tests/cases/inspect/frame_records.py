import inspect, sys
def where():
    return inspect.getframeinfo(sys._getframe(1), context=2)
info = where()
print(repr(info))
t = inspect.Traceback('f', 1, 'fn', None, None)
print(repr(t), t.positions)
t2 = inspect.Traceback('f', 1, 'fn', ['x'], 0, positions=(1, 2, 3, 4))
print(repr(t2), t2 == ('f', 1, 'fn', ['x'], 0), t2[:2])
fi = inspect.FrameInfo(None, 'f', 1, 'fn', None, None)
print(fi.positions, fi._fields)
def a(): return b()
def b(): return inspect.getouterframes(inspect.currentframe(), 2)
for r in a()[:3]:
    print(r.function, r.lineno, r.code_context, r.index, r.positions)
def deep(n):
    if n == 0:
        raise KeyError(n)
    deep(n - 1)
try:
    deep(2)
except KeyError:
    for r in inspect.trace(0):
        print(r.function, r.lineno, r.code_context, r.index, r.positions)
print(repr(inspect.getframeinfo(sys._getframe(), 0)))
print(inspect.getframeinfo(sys._getframe(), 100).index)
