print(int(), float(), str(), list(), tuple(), dict(), set(), bool(), complex())
print(int("42"), int(3.9), int(True), float("1e3"), float(2), str(12), str(b"x"), list("ab"), tuple([1]))
print(dict(a=1), dict([("b", 2)]), set([1, 1, 2]), frozenset("aab"), bool([]), bool([0]), complex(1, 2))
print(type(1)(5), type("s")("t"), type([])((1, 2)), bytes(3), bytes([65, 66]), bytearray(b"hi"), range(3))
print(type("Dyn", (), {"v": 1})().v, type("D2", (object,), {}).__name__)
try:
    int("3.5")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
