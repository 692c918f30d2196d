import inspect, sys, functools

@functools.lru_cache(
    maxsize=10,
)
def deco_multi(a):
    return a

async def acoro(x):
    await x

class Outer:
    @property
    def p(self):
        return 1

    class Inner:
        def im(self):
            """doc
            more"""
            return (1,
    2)

def has_nested():
    def nested(y):
        return y
    return nested

def with_backslash(a, \
                   b):
    return a + \
        b
x = 1; def_in_str = "def f():"
print(inspect.getsource(deco_multi), end='')
print(inspect.getsource(acoro), end='')
print(inspect.getsource(Outer.p.fget), end='')
print(inspect.getsource(Outer.Inner.im), end='')
print(inspect.getsource(has_nested()), end='')
print(inspect.getsource(with_backslash), end='')
print(inspect.getsourcelines(has_nested())[1])
try: inspect.getsource(sys.modules[__name__])
except OSError as e: print('OSError', e)
try: inspect.getsource(Outer)
except OSError as e: print('OSError', e)
print(inspect.getsourcefile(Outer) is None, inspect.getsourcefile(sys.modules[__name__]) is None)
print(inspect.getcomments(sys.modules[__name__]))
def g():
    return inspect.currentframe()
fr = g()
print(inspect.getsource(fr), end='')
print(inspect.getframeinfo(fr).code_context)
