import inspect

def simple(a):
    return a + 1

@staticmethod
def decorated(x,
              y):
    # a comment inside
    if x:
        return y

    return x
def oneliner(): return 1

class Holder:
    """Doc."""
    attr = [
        1,
        2,
    ]

    def method(self):
        s = '''
not the end
'''
        return s
# trailing comment
lam = lambda v: v * 2
print(inspect.getsource(simple), end='')
print(inspect.getsource(decorated), end='')
print(inspect.getsource(oneliner), end='')
try:
    print(inspect.getsource(Holder), end='')
except OSError as e:
    print('OSError', e)
print(inspect.getsource(Holder.method), end='')
print(inspect.getsource(Holder().method), end='')
print(inspect.getsource(lam), end='')
lines, start = inspect.getsourcelines(simple)
print(start, lines)
print(inspect.getsource(simple.__code__) == inspect.getsource(simple))
import sys
frame = sys._getframe()
print(inspect.getsourcelines(frame)[1], len(inspect.getsourcelines(frame)[0]) > 40)
print(inspect.findsource(simple)[1], len(inspect.findsource(simple)[0]) > 40)
def outer():
    return sys._getframe()
print(inspect.getsource(outer()), end='')
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.getsource(int)
except TypeError as e:
    print('TypeError', e)
print(inspect.getblock(['def f():\n', '    pass\n', 'x = 1\n']))
print(inspect.getblock(['if x:\n', '    a(\n', '1)\n', '    b\n', 'c\n']))
