# lib: utrun
# assertEqual / assertNotEqual messages: short and long reprs, msg, longMessage.
import unittest
from utrun import Probe, failure

t = Probe()
failure(lambda: t.assertEqual(1, 2))
failure(lambda: t.assertEqual(1, 2, "custom"))
failure(lambda: t.assertEqual(1.5, 1))
failure(lambda: t.assertEqual(b"abc", b"abd"))
failure(lambda: t.assertEqual("x" * 100, "x" * 99 + "y"))
failure(lambda: t.assertEqual("a" * 50 + "b" * 60, "a" * 50 + "c" * 60))
failure(lambda: t.assertEqual(list(range(40)), list(range(39)) + [100]))
failure(lambda: t.assertEqual(object, None))
failure(lambda: t.assertNotEqual(3, 3))
failure(lambda: t.assertNotEqual("a", "a", msg="same"))
failure(lambda: t.assertEqual(1, 1))
failure(lambda: t.assertEqual([1], (1,)))
failure(lambda: t.assertEqual({1: 2}, {1: 3}))
t.longMessage = False
failure(lambda: t.assertEqual(1, 2))
failure(lambda: t.assertEqual(1, 2, "only mine"))
failure(lambda: t.assertNotEqual(1, 1, "only mine"))
failure(lambda: t.assertEqual([1, 2], [1, 3], "only mine"))


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")

    def __eq__(self, other):
        return False

    __hash__ = None


t.longMessage = True
try:
    t.assertEqual(BadRepr(), 1)
except AssertionError as e:
    print("bad repr handled:", "object at" in str(e))
