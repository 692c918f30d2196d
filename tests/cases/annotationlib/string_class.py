# STRING format on classes: class-scope names are not shown through the class dict.
from annotationlib import get_annotations, Format
class C:
    a: Bar
    b: int
    c: list[C]
    d: 'quoted'
    e: ...
    inner = 3
    f: inner
print(get_annotations(C, format=Format.STRING))
class D(C):
    g: D.attr[int]
print(get_annotations(D, format=Format.STRING))
class E:
    pass
print(get_annotations(E, format=Format.STRING))
