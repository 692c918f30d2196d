# __name__, __qualname__ and __module__ of functions, nested, methods, lambdas.
def top():
    def nested():
        pass
    return nested

class K:
    def meth(self):
        pass

    class Inner:
        def deep(self):
            return lambda: 0

for f in (top, top(), K.meth, K().meth, K.Inner.deep, K.Inner().deep(), lambda: 1):
    print(f.__name__, f.__qualname__, f.__module__)
top.__name__ = "renamed"
top.__qualname__ = "Some.renamed"
print(top.__name__, top.__qualname__, repr(top).startswith("<function Some.renamed at 0x"))
for bad in (1, None, b"x"):
    try:
        top.__name__ = bad
    except TypeError as e:
        print(e)
    try:
        top.__qualname__ = bad
    except TypeError as e:
        print(e)
top.__module__ = "elsewhere"
print(top.__module__)
