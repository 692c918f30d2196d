# lib: utrun
# assertSequenceEqual, assertListEqual, assertTupleEqual messages and diffs.
import unittest
from utrun import Probe, failure

t = Probe()
failure(lambda: t.assertListEqual([1, 2, 3], [1, 2, 3, 4, 5]))
failure(lambda: t.assertListEqual([1, 2, 3, 4], [1, 2]))
failure(lambda: t.assertTupleEqual((1, "a"), (1, "b")))
failure(lambda: t.assertListEqual([1], (1,)))
failure(lambda: t.assertListEqual((1,), [1]))
failure(lambda: t.assertTupleEqual([1], (1,)))
failure(lambda: t.assertSequenceEqual([1, 2], (1, 2)))
failure(lambda: t.assertSequenceEqual("abc", "abd"))
failure(lambda: t.assertSequenceEqual(1, [1]))
failure(lambda: t.assertSequenceEqual([1], 1))
failure(lambda: t.assertSequenceEqual([1, 2], [1, 3], "mine"))
failure(lambda: t.assertSequenceEqual([1, 2], (1, 3), seq_type=list))
failure(lambda: t.assertEqual([[1, 2], {"k": [3, 4]}], [[1, 2], {"k": [3, 5]}]))
failure(lambda: t.assertEqual(list(range(100)), list(range(1, 101))))
t.maxDiff = None
failure(lambda: t.assertEqual(list(range(30)), list(range(1, 31))))
t.maxDiff = 20
failure(lambda: t.assertEqual([1, 2, 3], [1, 2, 4]))


class Unindexable:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        raise TypeError("nope")

    def __eq__(self, other):
        return False

    def __repr__(self):
        return "Unindexable()"


t.maxDiff = 640
failure(lambda: t.assertSequenceEqual(Unindexable(), [1, 2]))
failure(lambda: t.assertSequenceEqual([1, 2], Unindexable()))
