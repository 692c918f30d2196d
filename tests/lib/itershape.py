"""Helpers of the iterator pickling cases.

A reduction often holds other iterators (enumerate's, zip's), whose reprs
carry addresses: shape() writes those as <type name>.  remake() rebuilds an
iterator from its reduction as unpickling would: call, then __setstate__."""


def shape(x):
    if isinstance(x, tuple):
        inner = ", ".join(shape(v) for v in x)
        return "(" + inner + ("," if len(x) == 1 else "") + ")"
    if hasattr(type(x), "__next__") and not isinstance(x, type):
        return "<" + type(x).__name__ + ">"
    return repr(x)


def show(label, it):
    try:
        text = shape(it.__reduce__())
    except Exception as e:
        text = f"{type(e).__name__}: {e}"
    print(label, text)


def remake(it, proto=2):
    reduction = it.__reduce_ex__(proto)
    maker, args = reduction[:2]
    made = maker(*args)
    if len(reduction) > 2 and reduction[2] is not None:
        made.__setstate__(reduction[2])
    return made


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def drain(it):
    for _ in it:
        pass
    return it
