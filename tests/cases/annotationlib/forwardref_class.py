# FORWARDREF format on a class: class-scope names and missing ones.
from annotationlib import get_annotations, Format
class C:
    inner = int
    a: Bar
    b: inner
    c: list[C]
    d: Missing.attr
ann = get_annotations(C, format=Format.FORWARDREF)
for k, v in ann.items():
    print(k, v)
print(ann['a'].__forward_is_class__, ann['a'].__owner__ is C)
class Bar: pass
print(ann['a'].evaluate())
