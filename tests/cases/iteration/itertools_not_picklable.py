# The itertools objects lost their pickling in 3.14: __reduce__ and
# __reduce_ex__ refuse them, and so do copy.copy and copy.deepcopy.
import copy
import itertools as I

objects = [
    I.count(1), I.count(1.5, 2), I.repeat("x", 3), I.cycle("ab"), I.chain("a", "b"),
    I.chain.from_iterable(["ab"]), I.islice("abc", 2), I.tee("ab")[0], I.product("ab", repeat=2),
    I.accumulate([1, 2]), I.groupby("aab"), I.pairwise("abc"), I.batched("abc", 2),
    I.compress("ab", [1, 0]), I.starmap(pow, [(2, 3)]), I.zip_longest("a", "bc"),
    I.permutations("ab"), I.combinations("abc", 2), I.combinations_with_replacement("ab", 2),
    I.dropwhile(bool, [1]), I.takewhile(bool, [1]), I.filterfalse(bool, [0]),
]
for obj in objects:
    results = []
    for how in (lambda: obj.__reduce__(), lambda: obj.__reduce_ex__(0),
                lambda: obj.__reduce_ex__(2), lambda: copy.copy(obj), lambda: copy.deepcopy(obj)):
        try:
            how()
            results.append("ok")
        except TypeError as e:
            results.append(str(e))
    print(type(obj).__name__, results)
    print("  ", hasattr(obj, "__setstate__"), "__reduce__" in type(obj).__dict__)
