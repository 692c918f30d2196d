# numbers: the abstract operators raise NotImplementedError when reached.
import numbers

class Half(numbers.Complex):
    pass
for name in ["__add__", "__neg__", "__pow__", "__rpow__", "conjugate", "__eq__", "__complex__"]:
    method = getattr(numbers.Complex, name)
    try:
        method(1, 2) if method.__code__.co_argcount == 2 else method(1)
    except NotImplementedError as e:
        print(name, "NotImplementedError", e.args)
for prop in ("real", "imag"):
    try:
        getattr(numbers.Complex, prop).fget(1)
    except NotImplementedError:
        print(prop, "NotImplementedError")
for name in ["__round__", "__trunc__", "__lt__"]:
    try:
        getattr(numbers.Real, name)(1.0)
    except (NotImplementedError, TypeError) as e:
        print(name, type(e).__name__)
print(numbers.Integral.__pow__.__defaults__, numbers.Real.__round__.__defaults__)
try:
    numbers.Integral.__pow__(2, 3, 4)
except NotImplementedError:
    print("Integral.__pow__ NotImplementedError")
