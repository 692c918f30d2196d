# Subclasses of _random.Random itself.
import _random

class X(_random.Random):
    pass

class Y(_random.Random):
    def __init__(self, *args, **kwargs):
        pass

print(X(5).random() == _random.Random(5).random())
print(Y(5).random(), Y(1, 2).random(), Y(x=2).getstate()[-1])
for make in (lambda: X(1, 2), lambda: X(x=1), lambda: _random.Random(1, 2), lambda: _random.Random(x=3)):
    try:
        make()
    except TypeError as e:
        print(e)
print(isinstance(X(), _random.Random), X.__mro__)
x = X(3)
x.extra = 1
print(vars(x))
