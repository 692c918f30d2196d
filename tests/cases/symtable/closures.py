# lib: symdump
# Cells, free variables and nonlocal declarations across nested functions
# (a name passed through a function that does not use it is free there too).
from symdump import dump

dump('''
def outer(a):
    b = 1
    def middle():
        c = a
        def inner():
            nonlocal b
            b = b + c
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
