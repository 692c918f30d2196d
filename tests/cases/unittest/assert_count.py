# lib: utrun
# assertCountEqual with hashable and unhashable items.
import unittest
from utrun import Probe, failure

t = Probe()
failure(lambda: t.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 2]))
failure(lambda: t.assertCountEqual([1, 2, 2], [1, 2]))
failure(lambda: t.assertCountEqual("aab", "abb"))
failure(lambda: t.assertCountEqual([[1], [2], [2]], [[2], [1], [3]]))
failure(lambda: t.assertCountEqual([{"a": 1}], [{"a": 1}, {"a": 1}]))
failure(lambda: t.assertCountEqual(iter([1, 1]), (1,)))
failure(lambda: t.assertCountEqual([1, 2], [3, 4], "mine"))
failure(lambda: t.assertCountEqual([[1], 2], [2, [1]]))
from unittest import util
print(util.sorted_list_difference([1, 2, 2, 3, 5], [2, 4, 5, 5]))
print(util.unorderable_list_difference([{1}, {2}], [{2}, {3}]))
print(util.three_way_cmp(1, 2), util.three_way_cmp(2, 2), util.three_way_cmp(3, 2))
print(util.safe_repr("x" * 100, short=True))
print(util.strclass(util.Counter))
