# lib: utrun
# assertStartsWith / assertEndsWith and negations (3.14).
import unittest
from utrun import Probe, failure

t = Probe()
failure(lambda: t.assertStartsWith("hello", "he"))
failure(lambda: t.assertStartsWith("hello", "lo"))
failure(lambda: t.assertStartsWith("hello", ("x", "y")))
failure(lambda: t.assertStartsWith(b"hello", b"x"))
failure(lambda: t.assertStartsWith(b"hello", "x"))
failure(lambda: t.assertStartsWith("hello", b"x"))
failure(lambda: t.assertStartsWith(5, "x"))
failure(lambda: t.assertStartsWith("y" * 200, "x"))
failure(lambda: t.assertNotStartsWith("hello", "he"))
failure(lambda: t.assertNotStartsWith("hello", ("x", "hel")))
failure(lambda: t.assertEndsWith("hello", "he"))
failure(lambda: t.assertEndsWith("hello", ("x", "y"), "mine"))
failure(lambda: t.assertNotEndsWith("hello", "lo"))
failure(lambda: t.assertNotEndsWith("hello", ("o", "x")))
failure(lambda: t.assertEndsWith(["a"], "a"))
