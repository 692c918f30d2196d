# What cmath accepts as a complex number: complex, float, int (of any
# size), bool, __complex__, __float__, __index__, and subclasses.
# lib: mathvalues
import cmath
from mathvalues import report

class C:
    def __complex__(self):
        return 3 + 4j

class F:
    def __float__(self):
        return 2.25

class I:
    def __index__(self):
        return -9

class Both:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 5.0

class BadComplex:
    def __complex__(self):
        return 1.5

class CSub(complex):
    pass

class FSub(float):
    pass

for arg in [2, -2, 2.5, True, 10 ** 300, 10 ** 400, C(), F(), I(), Both(), BadComplex(), CSub(1, 2), FSub(-4.0)]:
    for name in ["sqrt", "exp", "log", "phase", "polar", "isfinite"]:
        report(name, getattr(cmath, name), arg)
    report("rect", cmath.rect, arg if not isinstance(arg, (C, Both, BadComplex, CSub)) else 1, 0.5)
