# types.FunctionType as a constructor: arguments, closures and their errors.
import types
def t(a, b=2): return a+b
def mk():
    x=1
    def inner(): return x
    return inner
i = mk()
tests = [lambda: types.FunctionType(5, {}), lambda: types.FunctionType(t.__code__, 5), lambda: types.FunctionType(t.__code__, {}, 5),
 lambda: types.FunctionType(t.__code__, {}, None, [1]), lambda: types.FunctionType(i.__code__, {}), lambda: types.FunctionType(i.__code__, {}, None, None, 5),
 lambda: types.FunctionType(i.__code__, {}, None, None, (1,)), lambda: types.FunctionType(i.__code__, {}, None, None, ()),
 lambda: types.FunctionType(t.__code__, {}, None, None, i.__closure__), lambda: types.FunctionType(t.__code__, {}, None, None, None, 5),
 lambda: types.FunctionType(t.__code__, {}, 'nm', (1,), None, {'k':1}).__kwdefaults__, lambda: types.FunctionType(i.__code__, {}, None, None, i.__closure__)(),
 lambda: types.FunctionType(t.__code__, globals=dict(), name='q').__qualname__, lambda: types.FunctionType(), lambda: types.FunctionType(t.__code__, {}, None, None, (), None),
 lambda: types.FunctionType(t.__code__, {}, None, None, None, None, 1), lambda: types.FunctionType(t.__code__, {'__name__': 'mm'}).__module__, lambda: types.FunctionType(t.__code__, {}).__module__,
 lambda: types.FunctionType(t.__code__, {}, 'nm', (5,))(1), lambda: types.FunctionType(t.__code__, {}, 'nm', (5,)).__name__,
 lambda: types.FunctionType.__text_signature__, lambda: types.FunctionType.__doc__, lambda: types.FunctionType(code=t.__code__, globals={}, closure=None)(3,4)
]
for x in tests:
    try: print(x())
    except Exception as e: print(type(e).__name__, e)
