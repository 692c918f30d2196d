# randrange's errors, in 3.14's words, with the arguments as given.
import random

class I(int):
    def __repr__(self):
        return "I!"
    def __index__(self):
        return 4

class J:
    def __index__(self):
        return 4
    def __repr__(self):
        return "J!"

r = random.Random(3)
calls = [(0,), (-3,), (3, 3), (3, 1), (3, 10, 0), (3, 1, 2), (5, 30, -1), (5.0,), (3, 10.5),
         (3, 10, 1.0), ("3",), (3, None, 2), (3, None, 1.0), (3, None, True), (True, 0), (True, False, True),
         (I(9), I(2)), (I(9), I(2), 2), (J(), J()), (J(), 1, J()), (2**100, 2**99), (0, 5, 0.0)]
for args in calls:
    try:
        print(args, "->", r.randrange(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
for args, kwargs in (((), {}), ((1, 2, 3, 4), {}), ((3,), {"step": 2}), ((), {"stop": 4}), ((1,), {"bogus": 2})):
    try:
        r.randrange(*args, **kwargs)
    except TypeError as e:
        print(e)
