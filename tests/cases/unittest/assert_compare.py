# lib: utrun
# Ordering, membership, identity and None assertions.
import unittest
from utrun import Probe, failure

t = Probe()
failure(lambda: t.assertLess(2, 1))
failure(lambda: t.assertLess(1, 1))
failure(lambda: t.assertLessEqual(2, 1))
failure(lambda: t.assertGreater(1, 2))
failure(lambda: t.assertGreaterEqual("a", "b"))
failure(lambda: t.assertLess(1, "a"))
failure(lambda: t.assertGreater(1, 2, "mine"))
failure(lambda: t.assertIn(4, [1, 2, 3]))
failure(lambda: t.assertIn("z", "abc"))
failure(lambda: t.assertNotIn(2, {1: 0, 2: 0}))
failure(lambda: t.assertIn(1, 5))
failure(lambda: t.assertIs([], []))
failure(lambda: t.assertIsNot(None, None))
failure(lambda: t.assertIsNone(0))
failure(lambda: t.assertIsNotNone(None))
failure(lambda: t.assertIsNotNone(None, "mine"))
failure(lambda: t.assertTrue(0))
failure(lambda: t.assertTrue([], "empty"))
failure(lambda: t.assertFalse("text"))
failure(lambda: t.assertFalse(1, msg="one"))
failure(lambda: t.fail())
failure(lambda: t.fail("stop"))
t.longMessage = False
failure(lambda: t.assertTrue(0, "only this"))
failure(lambda: t.assertIn(0, [], ""))
