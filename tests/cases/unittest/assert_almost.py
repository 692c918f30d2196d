# lib: utrun
# assertAlmostEqual / assertNotAlmostEqual: places, delta and their errors.
import unittest
from utrun import Probe, failure
from decimal import Decimal

t = Probe()
failure(lambda: t.assertAlmostEqual(1.0, 1.00000001))
failure(lambda: t.assertAlmostEqual(1.0, 1.1))
failure(lambda: t.assertAlmostEqual(1.0, 1.1, places=3))
failure(lambda: t.assertAlmostEqual(1.0, 1.1, places=0))
failure(lambda: t.assertAlmostEqual(10, 12, delta=1))
failure(lambda: t.assertAlmostEqual(10, 12, delta=2))
failure(lambda: t.assertAlmostEqual(10, 12, delta=1, places=2))
failure(lambda: t.assertAlmostEqual(float("inf"), float("inf")))
failure(lambda: t.assertAlmostEqual("a", "b"))
failure(lambda: t.assertAlmostEqual(Decimal("1.5"), Decimal("1.6"), places=2))
failure(lambda: t.assertNotAlmostEqual(1.0, 1.00000001))
failure(lambda: t.assertNotAlmostEqual(1.0, 1.0))
failure(lambda: t.assertNotAlmostEqual(1.0, 1.1))
failure(lambda: t.assertNotAlmostEqual(10, 11, delta=2))
failure(lambda: t.assertNotAlmostEqual(10, 10, delta=0))
failure(lambda: t.assertNotAlmostEqual(10, 20, delta=2))
failure(lambda: t.assertNotAlmostEqual(10, 11, delta=2, places=1))
failure(lambda: t.assertAlmostEqual(1, 3, 0, "mine"))
