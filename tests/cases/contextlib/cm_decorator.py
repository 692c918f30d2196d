# a @contextmanager manager used as a decorator: a fresh generator per call
from contextlib import contextmanager, ContextDecorator

@contextmanager
def announce(label):
    print("enter", label)
    try:
        yield label
    finally:
        print("exit", label)

@announce("deco")
def work(x, y=2):
    """Work hard."""
    print("working", x, y)
    return x * y

print(work(3), work(4, y=5))
print(work.__name__, work.__doc__, work.__wrapped__.__name__)

@announce("fails")
def fails():
    raise ValueError("inside")

for _ in range(2):
    try:
        fails()
    except ValueError as e:
        print("caught", e)

class Track(ContextDecorator):
    def __enter__(self):
        print("Track enter")
        return self
    def __exit__(self, *exc):
        print("Track exit", exc[0])
        return True

@Track()
def boom():
    raise KeyError

print(boom())
t = Track()
print(t._recreate_cm() is t)
print(ContextDecorator.__doc__)
