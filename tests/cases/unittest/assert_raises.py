# lib: utrun
# assertRaises / assertRaisesRegex as context managers and with callables.
import unittest
from utrun import Probe, failure

t = Probe()


def boom(kind=ValueError, text="bad value"):
    raise kind(text)


with t.assertRaises(ValueError) as cm:
    boom()
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
with t.assertRaises((KeyError, ValueError)):
    boom()
t.assertRaises(ValueError, boom)
t.assertRaises(KeyError, boom, KeyError, text="k")
print(t.assertRaises(ValueError, boom))


def no_raise():
    with t.assertRaises(ValueError):
        pass


failure(no_raise)
failure(lambda: t.assertRaises(ValueError, len, "abc"))
failure(lambda: t.assertRaises(ValueError, print))
failure(lambda: t.assertRaises((ValueError, KeyError), len, ""))


def with_msg():
    with t.assertRaises(ValueError, msg="wanted one"):
        pass


failure(with_msg)


def other_passes_through():
    with t.assertRaises(KeyError):
        boom()


failure(other_passes_through)
failure(lambda: t.assertRaises(1))
failure(lambda: t.assertRaises("ValueError"))
failure(lambda: t.assertRaises((ValueError, 2)))
failure(lambda: t.assertRaises(ValueError, foo=1))
failure(lambda: t.assertRaises(int, boom))
with t.assertRaisesRegex(ValueError, "bad"):
    boom()
t.assertRaisesRegex(ValueError, r"v\w+e", boom)
failure(lambda: t.assertRaisesRegex(ValueError, "^good", boom))


def regex_not_raised():
    with t.assertRaisesRegex(ValueError, "x"):
        pass


failure(regex_not_raised)
failure(lambda: t.assertRaisesRegex(ValueError, "x", msg="m"))


class Callable:
    def __call__(self):
        pass

    def __str__(self):
        return "<the callable>"


failure(lambda: t.assertRaises(ValueError, Callable()))
t.longMessage = False


def short():
    with t.assertRaises(ValueError, msg="short one"):
        pass


failure(short)
