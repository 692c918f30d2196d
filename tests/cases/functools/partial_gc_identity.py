from functools import partial
p = partial(max, 1)
print(p == p, p != partial(max, 1), hash(p) == hash(p))
print(p.__dict__, type(p.__dict__).__name__)
p.__dict__ = {'a': 1}
print(p.a, p.__reduce__()[2][3])
try: p.__dict__ = 5
except TypeError as e: print(e)
try: del p.__dict__
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
loop = []
p2 = partial(loop.append, loop)
loop.append(p2)
p2()
print(len(loop), loop[0] is p2, loop[1] is loop)
print(isinstance(p, partial), issubclass(partial, object), partial.__name__, partial.__module__)
print(callable(partial(max)), type(partial).__name__)
