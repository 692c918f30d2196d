# __annotate__ and type parameter evaluation functions compiled at run time: their code objects' fields
src = '''
def f(a: int, b: 'str' = 1) -> None: pass
class C:
    x: int
    def m(self, y: list) -> int: pass
x: int = 3
'''
ns = {}
exec(compile(src, 'mod.py', 'exec'), ns)
for a in (ns['f'].__annotate__, ns['C'].__annotate__, ns['C'].m.__annotate__, ns['__annotate__'] if '__annotate__' in ns else None):
    if a is None: print(None); continue
    c = a.__code__
    print(a.__name__, a.__qualname__, c.co_name, c.co_qualname, c.co_firstlineno, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames, c.co_flags, c.co_nlocals, c.co_names, c.co_consts, c.co_freevars, c.co_cellvars)
    print(list(c.co_lines()), list(c.co_positions())[:4])
    print(a(1))
src2 = '''
def f[T: int = str](x: T) -> T: pass
type A[U] = list[U]
class K[V: (int, str)]:
    y: V
'''
ns = {}
exec(compile(src2, 'mod.py', 'exec'), ns)
T, = ns['f'].__type_params__
V, = ns['K'].__type_params__
A = ns['A']
for a in (T.evaluate_bound, T.evaluate_default, A.evaluate_value, V.evaluate_constraints, ns['f'].__annotate__, ns['K'].__annotate__):
    c = a.__code__
    print(a.__name__, a.__qualname__, c.co_name, c.co_qualname, c.co_firstlineno, c.co_argcount, c.co_posonlyargcount, c.co_varnames, c.co_flags, c.co_names, c.co_consts, c.co_freevars)
    print(list(c.co_positions()))
src3 = '''import os
x: int = 3
if os:
    y: str
z: list[int]
'''
ns = {}
exec(compile(src3, 'mod.py', 'exec'), ns)
c = ns['__annotate__'].__code__
print(c.co_consts, c.co_names, c.co_posonlyargcount, c.co_qualname)
print(list(c.co_positions()))
