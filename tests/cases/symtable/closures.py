# lib: symdump
# Cells, free variables and nonlocal declarations across nested functions.
from symdump import dump

dump('''
def outer(a):
    b = 1
    def middle():
        c = 2
        def inner():
            nonlocal b
            b = a + c
            return b
        return inner
    return middle
''')
dump('''
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return bump, peek
''')
dump('''
def shadow(x):
    def f(x):
        return x
    def g():
        return x
    return f, g
''')
