# lib: utrun
# assertWarns / assertWarnsRegex as context managers and with callables.
import warnings
import unittest
from utrun import Probe, failure

t = Probe()


def warn(category=UserWarning, text="careful"):
    warnings.warn(text, category)
    return 7


with t.assertWarns(UserWarning) as cm:
    warn()
print(type(cm.warning).__name__, cm.warning, cm.filename.endswith("assert_warns.py"), cm.lineno)
with t.assertWarns((DeprecationWarning, UserWarning)):
    warn(DeprecationWarning)
print(t.assertWarns(UserWarning, warn))


def none():
    with t.assertWarns(UserWarning):
        pass


failure(none)
failure(lambda: t.assertWarns(UserWarning, len, "x"))


def other():
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        with t.assertWarns(DeprecationWarning):
            warn(UserWarning)
    print("other warning recorded:", [str(w.message) for w in seen])


failure(other)
failure(lambda: t.assertWarns(ValueError))
failure(lambda: t.assertWarns(UserWarning, bad=1))
with t.assertWarnsRegex(UserWarning, "care"):
    warn()
failure(lambda: t.assertWarnsRegex(UserWarning, "^x", warn))


def regex_none():
    with t.assertWarnsRegex(UserWarning, "x", msg="mine"):
        pass


failure(regex_none)


def raising():
    with t.assertWarns(UserWarning):
        raise KeyError("k")


failure(raising)


def not_warns():
    with t._assertNotWarns(UserWarning):
        warn()


failure(not_warns)
with t._assertNotWarns(UserWarning):
    pass
print("done")
