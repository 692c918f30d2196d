# a function's __annotations__ and __annotate__ replace each other
def fn(a: int): pass
print(fn.__annotations__)
fn.__annotate__ = lambda f: {'n': f}
print(fn.__annotations__)
fn.__annotate__ = None
print(fn.__annotations__)
del fn.__annotations__
print(fn.__annotations__, fn.__annotate__)
def g(a: int): pass
del g.__annotations__
print(g.__annotations__, g.__annotate__)
def h(a: int): pass
h.__annotations__ = None
print(h.__annotations__, h.__annotate__)
