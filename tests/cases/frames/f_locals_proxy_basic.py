# frame.f_locals of a function is a write-through FrameLocalsProxy (PEP 667).
import sys

def f(a, b=2):
    x = 1
    def inner():
        return x
    p = sys._getframe().f_locals
    print(type(p).__name__, type(p).__module__, type(p).__qualname__)
    print(sorted(n for n in dir(p) if not n.startswith('__')))
    print(list(p), len(p), p.keys(), type(p.values()), type(p.items()))
    p['x'] = 10
    p['a'] = 'A'
    p['extra'] = 5
    print(x, a, inner(), p['extra'], 'extra' in p, 'zz' in p, 'x' in p)
    print(p.values()[:2], p.items()[:2])
    q = sys._getframe().f_locals
    print(q is p, q == p, p != q, p == {}, p == dict(p))
    print(sorted(p.copy()), type(p.copy()).__name__)
    print(list(reversed(p)))
    return sys._getframe()

fr = f(1)
print(sorted(fr.f_locals), type(fr.f_locals).__name__)
fr.clear()
print(fr.f_locals, type(fr.f_locals).__name__, len(fr.f_locals))

class C:
    print(type(sys._getframe().f_locals).__name__, sys._getframe().f_locals is locals())
print(sys._getframe().f_locals is globals())
