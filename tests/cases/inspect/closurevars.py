import inspect
import sys

def outer():
    x = 1
    unused = 2
    def inner():
        return x + len(sys.argv) + zz + None.__class__.__name__.count('N')
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, cv.builtins, sorted(cv.unbound), type(cv).__name__, cv._fields)
class K:
    def m(self):
        return sys
print(inspect.getclosurevars(K().m))
def empty_cell():
    def f():
        return later
    try:
        print(inspect.getclosurevars(f).nonlocals)
    except ValueError as e:
        print('ValueError', e)
    later = 1
empty_cell()
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print('TypeError', e)
def glob():
    global stored
    stored = 1
    return missing_name, print
print(inspect.getclosurevars(glob))
