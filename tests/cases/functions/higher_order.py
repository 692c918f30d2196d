# map, filter, sorted, min, max with key functions, and when they raise.
def square(x):
    return x * x

print(list(map(square, range(5))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(lambda s: len(s) > 1, ["a", "bb", "", "ccc"])))
print(list(filter(None, [0, 1, "", "x", None, []])))
words = ["pear", "Fig", "apple", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(max(words, key=len), min(words, key=lambda w: w[-1]))

def bad_key(v):
    if v == "apple":
        raise ValueError("cannot rank " + v)
    return v

for name, fn in [("sorted", lambda: sorted(words, key=bad_key)),
                 ("max", lambda: max(words, key=bad_key)),
                 ("min", lambda: min(words, key=bad_key)),
                 ("map", lambda: list(map(bad_key, words))),
                 ("filter", lambda: list(filter(bad_key, words))),
                 ("list.sort", lambda: words.copy().sort(key=bad_key))]:
    try:
        print(name, fn())
    except ValueError as e:
        print(name, "ValueError", e)
print(words)
lazy = map(bad_key, words)
print(next(lazy), next(lazy))
try:
    next(lazy)
except ValueError as e:
    print("lazy", e)
print(next(lazy))
