from functools import singledispatch
@singledispatch
def f(x): return 'default'
def by_return(x) -> int: return 'by return annotation'
def second(x, y: str = ''): return 'by second parameter'
def quoted(x: 'float'): return 'quoted float'
def dotted(x: 'collections.abc.Set'): return 'dotted'
import collections.abc
for impl in [by_return, second, quoted, dotted]:
    print(f.register(impl) is impl)
print(f(1), f('s'), f(2.5), f({1}), f(None))
def generic(x: list[int]): pass
def unknown(x: undefined_name): pass
def unquoted_union(x: int | list[int]): pass
for impl in [generic, unknown, unquoted_union]:
    try: f.register(impl)
    except TypeError as e: print(str(e).split(' at 0x')[0])
print(sorted(t.__name__ for t in f.registry))
