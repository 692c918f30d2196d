import inspect
P = inspect.Parameter
S = inspect.Signature
print(S(), repr(S()), S().parameters, S().return_annotation is S.empty)
s = S([P('a', 0), P('b', 1, default=2), P('c', 3)], return_annotation=list)
print(s, s.replace(return_annotation=S.empty), s.replace(parameters=[]))
for ps in [[P('a', 4), P('b', 1)], [P('a', 1), P('a', 1)], [P('a', 1, default=1), P('b', 1)],
           [P('a', 3, default=1), P('b', 3)], [P('a', 2), P('b', 2)]]:
    try:
        print(S(ps))
    except ValueError as e:
        print('ValueError', e)
def f(a, *, x, y): pass
def g(a, *, y, x): pass
def h(b, *, y, x): pass
print(inspect.signature(f) == inspect.signature(g), inspect.signature(f) == inspect.signature(h))
print(hash(inspect.signature(f)) == hash(inspect.signature(g)))
print(inspect.signature(f) == 1, inspect.signature(f) != inspect.signature(h))
print(S.from_callable(f), type(S.from_callable(f)).__name__)
class MySig(S): pass
print(type(MySig.from_callable(f)).__name__)
def long(aaaa, bbbb=2, *, cccc, **dddd) -> list: pass
print(inspect.signature(long).format(max_width=10))
print(inspect.signature(long).format(max_width=100))
print(inspect.signature(lambda: 0).format(max_width=1))
def strs(a: 'int') -> 'str': pass
print(inspect.signature(strs).format(quote_annotation_strings=False))
import copy
print(copy.replace(inspect.signature(f), return_annotation=int))
