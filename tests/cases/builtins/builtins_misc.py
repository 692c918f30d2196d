print(abs(-3), abs(-2.5), divmod(17, 5), pow(2, 10), pow(2, 10, 1000), round(3.14159, 3), round(7.5))
print(min(3, 1, 2), max("apple", "pear", key=len), min([], default="empty"), sum([0.1] * 10), sum([[1], [2]], []))
print(any([]), all([]), any([0, "", None]), all([1, "x"]), len({1: 2}), len("ünï"), len(range(0, 10, 3)))
print(bin(10), oct(64), hex(4096), int("ff", 16), chr(65), ord("a"), ascii("é"), repr("é"))
print(isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, int), callable(len), callable(3))
print(sorted(dir([]))[:3], type(3), type("s").__name__, id(None) == id(None), hash(1) == hash(1.0))
print(list(range(5, 0, -2)), range(10)[2:8:2], 5 in range(0, 10, 5), range(3) == range(0, 3))
print(format(1234.5, ",.1f"), format(42, "08b"), format("x", "^5"), str(1.0), str(10**20), repr(1e100))
print(getattr("abc", "upper")(), hasattr([], "append"), getattr(object(), "missing", "fallback"))
class O: pass
o = O()
setattr(o, "v", 5)
print(o.v, vars(o))
delattr(o, "v")
print(vars(o), globals()["O"] is O)
print(list(enumerate(["a", "b"])), list(zip(*[(1, "a"), (2, "b")])))
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
