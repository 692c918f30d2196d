# A functools-free wraps: copy metadata and set __wrapped__ by hand.
def my_wraps(wrapped):
    def deco(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco

def traced(fn):
    @my_wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@traced
def area(w, h=1):
    """Area of a rectangle."""
    return w * h

area.unit = "m2"
print(area(3, h=4))
print(area.__name__, area.__qualname__, area.__doc__, area.__module__)
print(area.__wrapped__.__name__, area.__wrapped__(2, 5))
print(area.__wrapped__.__code__.co_varnames, area.__code__.co_varnames)
print(area.unit, sorted(area.__dict__))

def unwrap(f):
    while hasattr(f, "__wrapped__"):
        f = f.__wrapped__
    return f

@traced
@traced
def twice():
    return "inner"

print(twice())
print(unwrap(twice) is twice.__wrapped__.__wrapped__)
