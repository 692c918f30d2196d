# reprlib.repr: the default limits of each container.
import reprlib, collections

R = reprlib.repr
print(R(list(range(10))), R(tuple(range(10))), R((1,)), R(()), R([]), R(set()), R(frozenset()), R({}))
print(R(set(range(10))), R(frozenset(range(10))), R({i: i for i in range(10)}))
print(R(collections.deque(range(10))), R(collections.deque()), R(collections.deque([1], maxlen=3)))
print(R(list(range(6))), R(list(range(7))), R(tuple(range(6))), R({i: 0 for i in range(4)}), R({i: 0 for i in range(5)}))
print(R({3, 1, 2}), R({"b": 1, "a": 2}), R({1, "a"} ) in ("{1, 'a'}", "{'a', 1}"), R({1: 2, "a": 3}))
print(R([(1, 2), {"k": [1, 2, 3, 4, 5, 6, 7]}]))
print(reprlib.__all__, reprlib.__doc__)
