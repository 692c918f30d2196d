import inspect

def plain(a, b, c): pass
def defaults(a, b=1, c='x', d=None): pass
def kinds(a, b=1, /, c=2, *args, d, e=3, **kw): pass
def annotated(a: int, b: 'x' = 1, *args: str, e: list[int] = 3, **kw: dict) -> int: pass
def nothing(): pass
def only_kw(*, x, y=2): pass
def only_pos(a, b, /): pass
def star(*args, **kwargs): pass
lam = lambda x, y=2: x

for f in (plain, defaults, kinds, annotated, nothing, only_kw, only_pos, star, lam):
    s = inspect.signature(f)
    print(f.__name__, s, repr(s))
    for name, p in s.parameters.items():
        print('   ', name, repr(p), p.kind, p.kind.description, int(p.kind),
              p.default is p.empty, p.annotation is inspect.Parameter.empty)
    print('    return', s.return_annotation)
print(type(inspect.signature(kinds).parameters).__name__)
print(list(inspect.signature(kinds).parameters))
print(inspect.signature(kinds).parameters)
