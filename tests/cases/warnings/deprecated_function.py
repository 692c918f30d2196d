# @warnings.deprecated on functions
import warnings

@warnings.deprecated("use g instead")
def f(x, y=2):
    """f's doc"""
    return x + y

print(f.__name__, f.__doc__, f.__deprecated__, f.__wrapped__.__name__)
print(f(1))
print(f(1, y=5))

@warnings.deprecated("quiet", category=None)
def q():
    return "q"
print(q(), q.__deprecated__)

@warnings.deprecated("future", category=FutureWarning, stacklevel=2)
def deeper():
    return 3

def caller():
    return deeper()
print(caller())

try:
    warnings.deprecated(3)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.deprecated("x")(3)
except TypeError as e:
    print("TypeError:", e)
warnings.simplefilter("error")
try:
    f(1)
except DeprecationWarning as e:
    print("error:", e)
