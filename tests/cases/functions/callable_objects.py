# Instances with __call__, and errors when something is not callable.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *more, scale=1):
        return (x + sum(more) + self.n) * scale

add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(1, scale=10), callable(add3))

def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print(e)

attempt(lambda: add3())
attempt(lambda: add3(1, bad=2))
for obj in (1, "text", None, [1, 2], 2.5):
    attempt(lambda: obj())
print(callable(len), callable(1), callable(Adder), callable(lambda: 0))

class NotCallable:
    pass

attempt(lambda: NotCallable()())
