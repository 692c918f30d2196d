# repr() and str() of builtins and containers.
print(repr(print), repr(len), str(abs))
print(repr([1, [2, (3, {4: "5"})]]), repr({"a": [1.5, None, True]}), repr(set()), repr({1}))
print(repr(range(3)), repr(range(1, 10, 2)), repr(int), repr(str), repr(type(None)))
s = "quote ' and \""
print(repr(s), str(s), repr([s]))
print(format(1234.5, ",.1f"), format(0.5, "%"), repr(1e-7), str(1e22))
