import asyncio
import functools

def plain(a, b=1):
    pass

class Callable:
    def __call__(self):
        pass
    def meth(self):
        pass

loop = asyncio.new_event_loop()
for cb, args in [(plain, (1,)), (print, ('x',)), (functools.partial(plain, 1), (2,)),
                 (Callable().meth, ()), (lambda: 0, ())]:
    h = loop.call_soon(cb, *args)
    print(repr(h).replace(__file__, 'FILE'))
    h.cancel()
    print(repr(h))
h = loop.call_soon(Callable())
print(repr(h).split(' object at ')[0])
print(type(h).__name__, h.cancelled(), h.get_context() is not None)
loop.set_debug(True)
h = loop.call_soon(plain, 1, 'two', [3])
print(repr(h).replace(__file__, 'FILE'))
h.cancel()
print(repr(h).replace(__file__, 'FILE'))
h = loop.call_soon(functools.partial(plain, 5, b=6), 7)
print(repr(h).replace(__file__, 'FILE'))
t = loop.call_at(5.0, plain, 'x')
print(repr(t).replace(__file__, 'FILE'))
t.cancel()
print(repr(t).replace(__file__, 'FILE'))
loop.set_debug(False)
print(loop.get_debug())
t1 = asyncio.TimerHandle(1.0, print, (), loop)
t2 = asyncio.TimerHandle(2.0, print, (), loop)
t3 = asyncio.TimerHandle(1.0, print, (), loop)
print(t1 < t2, t1 <= t3, t2 > t1, t1 >= t3, t1 == t3, t1 != t2, hash(t1) == hash(1.0))
print(t1.__lt__(5), t1 == 5)
loop.close()
