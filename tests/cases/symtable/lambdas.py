# lib: symdump
# Lambdas: their name, parameters, defaults and closures.
from symdump import dump

dump('''
square = lambda x: x * x
add = lambda a, b=2, *rest, k=3, **kw: a + b + k
def make(n):
    return lambda x, y=n: x + y + n
nested = lambda a: lambda b: a + b
''')
