# reprlib: nesting deeper than maxlevel shows the fill value.
import reprlib, collections

R = reprlib.repr
print(R([[[[[[[1]]]]]]]), R([[[[[[[]]]]]]]), R({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
r = reprlib.Repr()
r.maxlevel = 1
print(r.repr([1, [2, [3]]]), r.repr({1: {2: 3}}), r.repr((1, (2,))), r.repr({1, 2}), r.repr([]), r.repr({}))
r.maxlevel = 0
print(r.repr([1]), r.repr([]), r.repr(()), r.repr({}), r.repr(set()), r.repr({1}), r.repr(frozenset({1})),
      r.repr(collections.deque([1])), r.repr(5), r.repr("s"))
print(r.repr1([1, 2], 1), r.repr1([1, [2]], 1), r.repr1("x" * 40, 0), r.repr1({1: [2]}, 1))
r.maxlevel = -1
print(r.repr([1]), r.repr({1: 2}))
