# LOAD_COMMON_CONSTANT: AssertionError, NotImplementedError and the builtins
# the compiler inlines for generator arguments (all, any, tuple, list, set).
def check(x):
    assert x, "x must be true"
    return "ok"

print(check(1))
try:
    check(0)
except AssertionError as e:
    print("AssertionError", e)

data = [3, 0, 5]
print(all(v > 1 for v in data), any(v > 4 for v in data))
print(tuple(v * 2 for v in data), list(v + 1 for v in data), sorted(set(v % 2 for v in data)))
