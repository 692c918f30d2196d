# singledispatch register() evaluates string annotations in the function's globals.
from functools import singledispatch
import collections.abc as cabc

@singledispatch
def f(x): return 'default'

@f.register
def _(x: 'int'): return 'int'

@f.register
def _(x: 'cabc.Sequence'): return 'sequence'

@f.register
def _(x: 'dict | set'): return 'dict or set'

@f.register
def _(x: 'None'): return 'none'

@f.register
def _(x: '[float, bytes][0]'): return 'float via expression'

class Later: pass

@f.register
def _(x: '(lambda: Later)()'): return 'later'

print(f(1), f([1]), f({}), f(set()), f(None), f(1.5), f(b''), f(object()))
try:
    print(f(Later()))
except Exception as e:
    print(type(e).__name__, e)

def bad1(x: 'list[int]'): pass
def bad2(x: 'nothere'): pass
def bad3(x: 'int | nothere'): pass
def bad4(x: 'int + 1'): pass
def bad5(x: 'int ]'): pass
def bad6(x: '3'): pass
for b in [bad1, bad2, bad3, bad4, bad5, bad6]:
    try:
        f.register(b)
        print('registered', b.__name__)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])

def nested_ok(x: '"float"'): pass
def nested_bad(x: '"nothere"'): pass
def attr_bad(x: 'nothere.attr'): pass
def kw(x: 'True'): pass
for b in [nested_ok, nested_bad, attr_bad, kw]:
    try:
        f.register(b)
        print('registered', b.__name__)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
print(f(Later()), f(2.5))
