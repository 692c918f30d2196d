# get_annotations(eval_str=True) and signature(eval_str=True) run eval() on
# string annotations with the globals/locals CPython chooses.
import inspect
import functools
import typing

def f(a: 'int', b: 'list[Later]', c: 'Later | None' = None, *args: 'tuple[int, ...]',
      d: '3 * 4', **kw: '{"k": str}["k"]') -> '[x for x in (1, 2)]':
    pass

class Later:
    x: 'Later'
    y: 'sorted([3, 1, 2])'
    z: int
    def m(self, other: 'Later') -> 'int': pass

print(inspect.get_annotations(f))
print(inspect.get_annotations(f, eval_str=True))
print(inspect.get_annotations(Later, eval_str=True))
print(inspect.signature(f))
print(inspect.signature(f, eval_str=True))
print(inspect.signature(Later.m, eval_str=True))
print(inspect.signature(f, eval_str=True, globals={'Later': bytes, 'x': 0}))
print(inspect.get_annotations(f, eval_str=True, locals={'Later': float}))

@functools.wraps(f)
def wrapper(*a, **k): pass
print(inspect.get_annotations(wrapper, eval_str=True)['b'])

def closure_scope():
    Local = complex
    def inner(a: 'Local'): pass
    try:
        inspect.get_annotations(inner, eval_str=True)
    except NameError as e:
        print('NameError', e)
    print(inspect.get_annotations(inner, eval_str=True, locals={'Local': Local}))
closure_scope()

class Gen[T]:
    a: 'list[T]'
    def meth[U](self, b: 'U') -> 'list[U]': pass
    def uses_t(self, a: 'T'): pass
print(inspect.get_annotations(Gen, eval_str=True))
print(inspect.get_annotations(Gen.meth, eval_str=True))
try:
    inspect.get_annotations(Gen.uses_t, eval_str=True)
except NameError as e:
    print('NameError', e)

def star[*Ts](*args: '*Ts'): pass
print(inspect.get_annotations(star, eval_str=True))

import types
mod = types.ModuleType('m')
mod.Thing = str
mod.__annotations__ = {'a': 'Thing', 'b': 'list[Thing]', 'c': 5}
print(inspect.get_annotations(mod, eval_str=True))

for text in ['Missing', 'list[', '1 +* 2', 'int.nope']:
    def bad(a: text): pass
    for fn in (inspect.get_annotations, inspect.signature):
        try:
            fn(bad, eval_str=True)
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)

print(inspect.get_annotations(f, format=3)['b'])
try:
    inspect.get_annotations(f, eval_str=True, format=3)
except ValueError as e:
    print('ValueError', e)
