# Placeholders in odd places: dict keys, iteration, hashing, repr, nested closures.
from annotationlib import get_annotations, Format, call_annotate_function
def f(a: {X: Y}, b: [*X], c: (*X,), d: X[*Y], e: X.Y.Z(1)[2]): pass
print(get_annotations(f, format=Format.STRING))
print(get_annotations(f, format=Format.FORWARDREF)['d'])
def g(a: X.__class__, b: X.__dict__): pass
try:
    print(get_annotations(g, format=Format.STRING))
except Exception as e:
    print(type(e).__name__, e)
def h(a: len(X)): pass
try:
    print(get_annotations(h, format=Format.STRING))
except Exception as e:
    print(type(e).__name__, e)
def k(a: str(X), b: hash(X) and X): pass
r = get_annotations(k, format=Format.STRING)
print(r['a'], type(r['b']).__name__)
def annotate(format, /):
    if format > 2:
        raise NotImplementedError
    return {'z': Q}
print(call_annotate_function(annotate, Format.STRING))
print(call_annotate_function(annotate, Format.FORWARDREF))
def with_default(format, extra=int):
    return {'w': extra}
print(call_annotate_function(with_default, Format.STRING))
