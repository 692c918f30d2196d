# lib: utrun
# assertMultiLineEqual: ndiff output, missing final newlines, maxDiff.
import unittest
from utrun import Probe, failure

t = Probe()
failure(lambda: t.assertEqual("one\ntwo\nthree\n", "one\n2\nthree\n"))
failure(lambda: t.assertEqual("one\ntwo", "one\ntwo\n"))
failure(lambda: t.assertEqual("", "x"))
failure(lambda: t.assertEqual("x", ""))
failure(lambda: t.assertEqual("abc", "abd"))
failure(lambda: t.assertMultiLineEqual("abc", b"abc"))
failure(lambda: t.assertMultiLineEqual(b"abc", "abc"))
text1 = "\n".join("line %d of the text" % i for i in range(60))
text2 = text1.replace("line 30", "LINE 30")
failure(lambda: t.assertEqual(text1, text2))
t.maxDiff = None
failure(lambda: t.assertEqual(text1, text2))
t.maxDiff = 0
failure(lambda: t.assertEqual("a\n", "b\n"))
t._diffThreshold = 5
failure(lambda: t.assertEqual("abcdefgh", "abcdefgx"))
