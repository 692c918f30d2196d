# _random.Random's own methods, seeds and documentation.
# env: PYTHONHASHSEED=0
import _random

R = _random.Random
print(_random.__doc__)
print(R.__doc__)
print(sorted(n for n in vars(R) if not n.startswith("__")))
for name in ("random", "seed", "getstate", "setstate", "getrandbits"):
    m = getattr(R, name)
    print(name, m.__text_signature__, repr(m.__doc__))
r = R(12)
print(r.random(), r.getrandbits(70))
r.seed("abc")
print(r.random())
r.seed(-2.5)
print(r.random())
r.seed(2**64 - 1)
print(r.random())
r.seed()
r.seed(None)
for bad in (lambda: r.seed(1, 2), lambda: r.seed(n=2), lambda: r.seed([1]), lambda: r.random(1),
            lambda: r.setstate([0] * 625), lambda: r.getstate(1)):
    try:
        bad()
    except TypeError as e:
        print(e)
print(R.__new__(R).getstate()[-1], R(0).getstate()[-1])
print(type(r).__module__, type(r).__name__, type(r).__qualname__)
