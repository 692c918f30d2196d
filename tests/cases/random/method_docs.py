# The methods' documentation.
import random

for name in ("seed", "getstate", "setstate", "randbytes", "randrange", "randint", "choice", "shuffle",
             "sample", "choices", "uniform", "triangular", "normalvariate", "gauss", "lognormvariate",
             "expovariate", "vonmisesvariate", "gammavariate", "betavariate", "paretovariate",
             "weibullvariate", "binomialvariate", "__init__", "__init_subclass__"):
    print(name, repr(getattr(random.Random, name).__doc__))
