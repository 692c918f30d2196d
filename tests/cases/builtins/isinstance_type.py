# isinstance, type, and type names.
vals = [1, 1.0, "s", True, None, [1], (1,), {1: 1}, {1}, range(1), 2 ** 100, abs, len]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, list)), isinstance(v, object))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool), isinstance(1, float))
print(type(1) is int, type(True) is bool, type([]) == list, type("") is str)
print(type(1), type("x"), type(None), type(print), type(type))
print(isinstance(3, (float, (int, str))), isinstance("x", ()))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
