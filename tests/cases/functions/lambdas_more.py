# Lambdas: defaults, closures, keyword-only, varargs, immediate calls.
f = lambda a, b=2, *rest, k=3, **kw: (a, b, rest, k, kw)
print(f(1), f(1, 5, 6, k=0, z=1))
print((lambda *a: a)(1, 2), (lambda **k: k)(x=1))
adders = [(lambda n: lambda x: x + n)(n) for n in range(3)]
print([a(10) for a in adders])
print(sorted([(2, "b"), (1, "c"), (3, "a")], key=lambda p: p[1]))
print(f.__name__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)
print((lambda: None)(), (lambda x: x if x else "empty")(""))
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print(repr(f).startswith("<function <lambda> at 0x"))
