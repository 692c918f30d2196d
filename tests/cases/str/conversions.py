# str() and repr() of assorted values.
print(str(1), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": [1, 2]}))
print(repr(1), repr("1"), repr([1, "1", 1.0]), repr(()), repr((1, 2)), repr([]), repr({}))
print(str(""), repr(""), str(10 ** 20), str(2.5e-8))
print(len(str(12345)), str(0) + str(0), int(str(99)) + 1)
nested = [1, [2, [3, [4]]], (5, (6,)), {"a": {"b": []}}]
print(nested)
print(str(nested) == repr(nested))
