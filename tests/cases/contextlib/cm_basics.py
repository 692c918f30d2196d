# @contextmanager: entering, leaving, the value yielded, the attributes
from contextlib import contextmanager, _GeneratorContextManager

log = []

@contextmanager
def tag(name, *, close=">"):
    """Wrap output in a tag."""
    log.append("<" + name + close)
    try:
        yield name.upper()
    finally:
        log.append("</" + name + close)

with tag("b") as v:
    log.append(v)
print(log)

cm = tag("i", close="]")
print(type(cm).__name__, isinstance(cm, _GeneratorContextManager))
print(cm.func is tag.__wrapped__, cm.args, cm.kwds, type(cm.gen).__name__)
print(cm.__doc__)
print(sorted(k for k in vars(cm)))
with cm as v:
    print(v, sorted(k for k in vars(cm)))
print(log[-2:])
for attr in ("func", "args", "kwds"):
    try:
        getattr(cm, attr)
    except AttributeError as e:
        print("AttributeError:", e)

@contextmanager
def undocumented():
    yield 5
print(undocumented().__doc__)
print(tag.__name__, tag.__qualname__, tag.__doc__, tag.__module__ == __name__)
print(undocumented.__wrapped__.__name__)
