# closing and nullcontext
from contextlib import closing, nullcontext

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with closing(Resource("a")) as r:
    print("using", r.name)

try:
    with closing(Resource("b")):
        raise KeyError("x")
except KeyError as e:
    print("KeyError", e)

c = closing(Resource("c"))
print(c.thing.name, c.__exit__(None, None, None))
print(closing(thing=1).thing)

try:
    with closing(42):
        pass
except AttributeError as e:
    print("AttributeError:", e)

with nullcontext() as v:
    print(v)
with nullcontext(enter_result=[1]) as v:
    print(v)
n = nullcontext(3)
print(n.enter_result, n.__enter__(), n.__exit__(KeyError, KeyError(), None))
try:
    with nullcontext():
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
print(closing.__doc__)
print(nullcontext.__doc__)
