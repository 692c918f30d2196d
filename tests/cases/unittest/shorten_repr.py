# lib: utrun
# How long reprs are shortened in failure messages (util._common_shorten_repr).
import unittest
from unittest import util
from utrun import Probe, failure

print(util._common_shorten_repr("a", "b"))
print(util._common_shorten_repr("x" * 100))
print(util._common_shorten_repr("x" * 30 + "a" * 70, "x" * 30 + "b" * 70))
print(util._common_shorten_repr("p" * 200 + "a", "p" * 200 + "b"))
print(util._common_shorten_repr("q" * 50, "q" * 50 + "r" * 100))
print(util._shorten("abcdefghijklmnopqrstuvwxyz" * 2, 3, 3))
print(util._shorten("short", 3, 3))
t = Probe()
failure(lambda: t.assertEqual(["item %d" % i for i in range(30)], ["item %d" % i for i in range(29)]))
failure(lambda: t.assertEqual(("long" * 30, 1), ("long" * 30, 2)))
failure(lambda: t.assertNotEqual("same " * 40, "same " * 40))
failure(lambda: t.assertIn("needle", "hay " * 40))
