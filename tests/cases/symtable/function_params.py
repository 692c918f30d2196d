# lib: symdump
# Parameters of every kind, defaults evaluated outside, locals and globals.
from symdump import dump

dump('''
def f(a, b=B, /, c=C, *args, d, e=E, **kwargs):
    local = a + b + c + d + e
    return local, args, kwargs, len
''')
dump('''
def g(*, only):
    only = only + 1
    return only
def h(*args): pass
def k(**kw): kw.clear()
def empty(): pass
''')
dump('''
def unused(a, b):
    global counter
    counter += 1
    print(counter)
''')
