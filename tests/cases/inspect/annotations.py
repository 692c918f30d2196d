import inspect

def f(a: int, b: 'list[str]', c: 'dict[str, int] | None' = None, *d: 'tuple[int, ...]') -> 'Thing': pass
class Thing:
    x: int
    y: 'Thing'
print(inspect.get_annotations(f))
print(inspect.get_annotations(f, eval_str=True))
print(inspect.signature(f, eval_str=True))
print(inspect.signature(f))
print(inspect.get_annotations(Thing), inspect.get_annotations(Thing, eval_str=True))
class Sub(Thing): pass
print(inspect.get_annotations(Sub))
def plain(x): pass
print(inspect.get_annotations(plain), inspect.get_annotations(lambda: 0))
import sys
print(inspect.get_annotations(sys.modules[__name__]) == {} or 'has')
def local(a: 'Q') -> 'Q': pass
print(inspect.get_annotations(local, eval_str=True, locals={'Q': float}))
print(inspect.get_annotations(local, globals={'Q': bytes}, eval_str=True))
try:
    inspect.get_annotations(local, eval_str=True)
except NameError as e:
    print('NameError', e)
try:
    inspect.get_annotations(1)
except TypeError as e:
    print('TypeError', e)
r = inspect.get_annotations(f)
r['z'] = 1
print('z' in f.__annotations__)
print(inspect.formatannotation(int), inspect.formatannotation(Thing), inspect.formatannotation(list[int]),
      inspect.formatannotation('s'), inspect.formatannotation(None), inspect.formatannotation(int | None))
print(inspect.formatannotation(Thing, '__main__'), inspect.formatannotationrelativeto(f)(Thing))
