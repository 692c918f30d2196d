# lib: utrun
# assertIsInstance, assertIsSubclass, assertHasAttr and their negations.
import sys
import unittest
from utrun import Probe, failure

t = Probe()
failure(lambda: t.assertIsInstance(1, str))
failure(lambda: t.assertIsInstance(1, (str, bytes)))
failure(lambda: t.assertIsInstance(1, int))
failure(lambda: t.assertIsInstance(1, 5))
failure(lambda: t.assertNotIsInstance(1, int))
failure(lambda: t.assertNotIsInstance(True, (str, int)))
failure(lambda: t.assertNotIsInstance("a", bytes))
failure(lambda: t.assertIsSubclass(int, str))
failure(lambda: t.assertIsSubclass(bool, (str, bytes)))
failure(lambda: t.assertIsSubclass(bool, int))
failure(lambda: t.assertIsSubclass(1, int))
failure(lambda: t.assertIsSubclass(int, 1))
failure(lambda: t.assertNotIsSubclass(bool, int))
failure(lambda: t.assertNotIsSubclass(bool, (str, int)))
failure(lambda: t.assertNotIsSubclass(1, int))
failure(lambda: t.assertHasAttr(1, "nope"))
failure(lambda: t.assertHasAttr(int, "nope"))
failure(lambda: t.assertHasAttr(sys, "nope"))
failure(lambda: t.assertHasAttr(sys, "path"))
failure(lambda: t.assertNotHasAttr(1, "real"))
failure(lambda: t.assertNotHasAttr(int, "real"))
failure(lambda: t.assertNotHasAttr(sys, "path", "mine"))
