import traceback

a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
print("".join(traceback.format_exception(a)), end="")
c = RuntimeError("self")
c.__cause__ = c
print("".join(traceback.format_exception(c)), end="")
