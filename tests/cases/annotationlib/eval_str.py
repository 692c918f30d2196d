# eval_str evaluates string annotations in the owner's namespaces.
import functools
from annotationlib import get_annotations, Format
def f(x: 'int', y: 'list[str]', z: float) -> 'None': pass
print(get_annotations(f, eval_str=True))
class C:
    alias = bytes
    a: 'alias'
    b: 'C'
print(get_annotations(C, eval_str=True))
def g(x: 'loc'): pass
print(get_annotations(g, eval_str=True, locals={'loc': 5}))
print(get_annotations(g, eval_str=True, globals={'loc': 6}))
@functools.wraps(f)
def wrapper(*a): pass
wrapper.__annotations__ = {'v': 'int'}
print(get_annotations(wrapper, eval_str=True))
def h[T](x: 'T', y: 'list[T]'): pass
print(get_annotations(h, eval_str=True))
def star(*a: '*tuple[int, str]'): pass
print(get_annotations(star, eval_str=True))
try:
    get_annotations(f, eval_str=True, format=Format.STRING)
except ValueError as e:
    print("ValueError", e)
try:
    get_annotations(g, eval_str=True)
except NameError as e:
    print("NameError", e)
