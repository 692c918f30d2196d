# The distributions' errors.
import random

r = random.Random(6)
nan = float("nan")
calls = [
    ("gammavariate", (0, 1)), ("gammavariate", (1, 0)), ("gammavariate", (-1, -1)),
    ("betavariate", (0, 1)), ("betavariate", (1, -1)),
    ("binomialvariate", (-1,)), ("binomialvariate", (5, 1.5)), ("binomialvariate", (5, -0.5)),
    ("binomialvariate", (5, nan)), ("expovariate", (0,)), ("triangular", (1, 1, 1)),
    ("paretovariate", (0,)), ("weibullvariate", (1, 0)), ("uniform", ("a", "b")),
    ("normalvariate", ("x",)), ("vonmisesvariate", (0, "k")), ("lognormvariate", (0,)),
    ("gauss", (1, 2, 3)), ("binomialvariate", (5, "p")),
]
for name, args in calls:
    try:
        print(name, args, getattr(r, name)(*args))
    except Exception as e:
        print(name, args, type(e).__name__, e)
