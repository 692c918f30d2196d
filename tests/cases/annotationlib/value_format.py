# VALUE format: __annotations__ first, the annotate function otherwise.
from annotationlib import get_annotations, Format
def f(x: int, y: 'str') -> None: pass
print(get_annotations(f), get_annotations(f, format=Format.VALUE))
def g(x: undefined): pass
try:
    get_annotations(g)
except NameError as e:
    print("NameError", e)
class C:
    a: int
print(get_annotations(C))
class D(C):
    pass
print(get_annotations(D))
r1 = get_annotations(f)
r1['z'] = 1
print(get_annotations(f))
print(get_annotations(int), get_annotations(len), get_annotations(lambda: 0))
