# A Context is a read-only mapping of variables to values.
import collections.abc
import contextvars
import re

def shape(text):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', text)

a = contextvars.ContextVar('a')
b = contextvars.ContextVar('b', default='B')
c = contextvars.ContextVar('c')
a.set(1)
b.set([2])
ctx = contextvars.copy_context()
print(len(ctx), ctx[a], ctx[b], a in ctx, b in ctx, c in ctx)
print(ctx.get(a), ctx.get(c), ctx.get(c, 'dflt'), ctx.get(b, 'unused'))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()))
print(sorted(map(str, ctx.values())), sorted((k.name, v) for k, v in ctx.items()))
print(dict(ctx) == {a: 1, b: [2]}, ctx[b] is b.get())
try:
    ctx[c]
except KeyError as e:
    print('KeyError', shape(str(e)), e.args[0] is c)
for bad in (1, 'a', None, ctx):
    for label, op in (('[]', lambda: ctx[bad]), ('get', lambda: ctx.get(bad)),
                      ('in', lambda: bad in ctx)):
        try:
            op()
        except TypeError as e:
            print(label, 'TypeError', shape(str(e)))
print(isinstance(ctx, collections.abc.Mapping), issubclass(contextvars.Context, collections.abc.Mapping))
print(len(contextvars.Context()), list(contextvars.Context()), list(contextvars.Context().items()))
k = ctx.keys()
print(type(k).__name__, type(ctx.values()).__name__, type(ctx.items()).__name__, type(iter(ctx)).__name__)
print(iter(k) is k, len(k), len(list(k)), len(k), list(k))
print(type(k).__module__, hasattr(k, '__next__'))
try:
    ctx[a] = 5
except TypeError as e:
    print('TypeError', e)
try:
    del ctx[a]
except TypeError as e:
    print('TypeError', e)
try:
    reversed(ctx)
except TypeError as e:
    print('TypeError', e)
print(bool(ctx), bool(contextvars.Context()), shape(repr(ctx)), shape(repr(ctx.keys())))
it = ctx.values()
print(next(it) in (1, [2]), len(it), len(list(it)), list(it), len(it))
match ctx:
    case {}:
        print('mapping pattern')
    case _:
        print('not a mapping pattern')
