# Argument checking of the methods of generators, coroutines, async generators
# and their awaitables, with CPython's messages, __text_signature__ and first
# __doc__ line.  (Calls that would leave a coroutine never awaited are left out:
# CPython warns about those.)

def attempt(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, "-> ok")
    except TypeError as e:
        print(label, "!", e)
    except BaseException as e:
        print(label, "!", type(e).__name__)


def probe(label, f, calls=((), (1, 2, 3, 4))):
    doc = f.__doc__
    print(label, f.__text_signature__, repr(doc.partition("\n")[0] if doc else doc))
    for args in calls:
        attempt(label + " " + str(len(args)), f, *args)
    attempt(label + " kw", f, 1, x=1)


def g():
    yield 1

async def c():
    pass

async def ag():
    yield 1

for label, o in (("generator", g()), ("coroutine", c())):
    for name in ("send", "throw", "close", "__await__"):
        if hasattr(o, name):
            probe(label + "." + name, getattr(o, name))
    if label == "coroutine":
        w = o.__await__()
        for name in ("send", "throw", "close"):
            probe("coroutine_wrapper." + name, getattr(w, name))
    o.close()

a = ag()
for name in ("__aiter__", "asend"):
    probe("async_generator." + name, getattr(a, name))
for name in ("__anext__", "aclose"):
    probe("async_generator." + name, getattr(a, name), calls=((1, 2, 3, 4),))
probe("async_generator.athrow", a.athrow, calls=())
for make in (lambda: a.asend(None), lambda: a.athrow(ValueError)):
    w = make()
    for name in ("send", "throw", "close", "__await__"):
        probe(type(w).__name__ + "." + name, getattr(w, name))
    w.close()
w = anext(ag(), 5)
for name in ("send", "throw", "close", "__await__"):
    probe(type(w).__name__ + "." + name, getattr(w, name))
w.close()

# METH_VARARGS methods name themselves without their type when called bound
a = ag()
w = anext(ag(), 5)
for label, f in (("athrow bound", a.athrow), ("anext_awaitable.throw bound", w.throw)):
    attempt(label, f, 1, x=1)
    attempt(label, f, x=1)
attempt("athrow", lambda: a.athrow(x=1))
attempt("anext_awaitable.throw", lambda: w.throw(x=1))
attempt("athrow by class", type(a).athrow, a, x=1)
w.close()
