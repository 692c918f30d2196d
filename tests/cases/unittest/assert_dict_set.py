# lib: utrun
# assertDictEqual and assertSetEqual messages.
import unittest
from utrun import Probe, failure

t = Probe()
failure(lambda: t.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3}))
failure(lambda: t.assertDictEqual({"a": 1}, {"a": 1, "c": [1, 2, 3]}))
failure(lambda: t.assertDictEqual([], {}))
failure(lambda: t.assertDictEqual({}, []))
failure(lambda: t.assertEqual({i: str(i) * 10 for i in range(12)},
                              {i: str(i) * 10 for i in range(1, 13)}))
failure(lambda: t.assertSetEqual({1, 2, 3}, {2, 3, 4}))
failure(lambda: t.assertSetEqual({1}, {1, 5}))
failure(lambda: t.assertSetEqual(frozenset({"a"}), set()))
failure(lambda: t.assertEqual(frozenset({1}), frozenset({2})))
failure(lambda: t.assertSetEqual(1, {1}))
failure(lambda: t.assertSetEqual({1}, 1))
failure(lambda: t.assertSetEqual({1}, [[1]]))
failure(lambda: t.assertSetEqual({1}, {2}, "mine"))
failure(lambda: t.assertSetEqual({1}, {1}))
