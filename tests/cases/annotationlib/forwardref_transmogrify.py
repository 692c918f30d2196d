# ForwardRefs from FORWARDREF format are plain ForwardRef objects afterwards.
from annotationlib import get_annotations, Format, ForwardRef
def f(x: A.b[C], y: A): pass
ann = get_annotations(f, format=Format.FORWARDREF)
x, y = ann['x'], ann['y']
print(type(x) is ForwardRef, type(y) is ForwardRef)
print(x.__forward_arg__, y.__forward_arg__, x.__stringifier_dict__, y.__arg__)
print(x == ForwardRef('A.b[C]', owner=f), y == ForwardRef('A', owner=f))
print(x.__forward_code__.co_names)
print(hash(x) == hash(ForwardRef('A.b[C]', owner=f)))
A = type('A', (), {'b': {'k': 'v'}})
C = 'k'
print(x.evaluate(), y.evaluate().__name__)
