from functools import singledispatch
@singledispatch
def fmt(x): return 'default'
def for_int(x): return 'int'
r = fmt.register(int, for_int)
print(r is for_int, fmt(3))
deco = fmt.register(str)
print(callable(deco))
@deco
def _(x): return 'str'
print(fmt('a'))
@fmt.register
def _(x: bytes | bytearray): return 'binary'
print(fmt(b''), fmt(bytearray()))
for bad in [lambda: fmt.register(1), lambda: fmt.register(list[int], for_int), lambda: fmt.register('str'),
            lambda: fmt.register(int | list[int])]:
    try: bad()
    except TypeError as e: print(e)
def noann(x): pass
try: fmt.register(noann)
except TypeError as e: print(str(e).split(' at ')[0])
def notclass(x: 5): pass
try: fmt.register(notclass)
except TypeError as e: print(e)
print(fmt.__name__, fmt.__wrapped__.__name__, sorted(t.__name__ for t in fmt.registry))
fmt._clear_cache()
print(fmt(1.5))
