# Class annotations are a class's own, never inherited, in every format.
from annotationlib import get_annotations, Format
class A:
    a: int
class B(A):
    b: Missing
class C(B):
    pass
for cls in (A, B, C):
    for fmt in (Format.FORWARDREF, Format.STRING):
        print(cls.__name__, fmt.name, get_annotations(cls, format=fmt))
print(get_annotations(A), get_annotations(C))
