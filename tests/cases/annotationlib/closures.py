# Annotations over a closure's free variables, bound and not yet bound.
from annotationlib import get_annotations, Format
def outer():
    def inner(a: local, b: later, c: list[local]): pass
    local = int
    return inner
    later = str
f = outer()
print(get_annotations(f, format=Format.STRING))
ann = get_annotations(f, format=Format.FORWARDREF)
for k, v in ann.items():
    print(k, repr(v).replace(repr(f), '<f>'))
print(type(ann['b'].__cell__).__name__)
try:
    get_annotations(f)
except NameError as e:
    print("NameError", e)
def maker():
    def g(x: T): pass
    T = bytes
    return g
print(get_annotations(maker(), format=Format.FORWARDREF))
