values = [0, 1, "", "a", None, [], [0], 0.0, -1]
for v in values:
    print(repr(v), not v, v or "default", v and "yes", v is None, v == 0)
a = None
print(a is not None and a.x, a or 5, (a or []) + [1])
print(1 if [] else 2, "x" in "xyz", 3 not in [1, 2], [] is not [], 2 <= 2.0 < 3)
print(bool(0j), bool(" "), bool(range(0)), any([]), all([[]]), None == False)
n = 7
print("odd" if n % 2 else "even", n > 5 and n < 10, not (n > 5 or n < 0))
assert n == 7, "n changed"
try:
    assert n == 8, f"n is {n}"
except AssertionError as e:
    print("assert", e)
