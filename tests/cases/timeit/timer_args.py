# timeit: Timer's arguments and attributes, the module functions' keywords, argument errors
import timeit

class Clock:
    def __init__(self):
        self.now = 0
    def __call__(self):
        self.now += 1
        return self.now

def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, '|', e)
    else:
        print(repr(r))

calls = []
t = timeit.Timer(lambda: calls.append(1), lambda: calls.append(0), Clock(), {'ignored': 1})
print(type(t.timer).__name__, t.inner.__name__, t.inner.__qualname__)
show(lambda: t.timeit(number=4))
show(lambda: t.repeat(number=1, repeat=2))
print(calls)
show(lambda: t.timeit(2.5))
show(lambda: t.timeit(None))
show(lambda: t.repeat(2.0, 1))
show(lambda: t.autorange(callback=0))
show(lambda: timeit.timeit(number=3, timer=Clock()))
show(lambda: timeit.timeit(lambda: None, number=3, timer=Clock(), globals={}))
show(lambda: timeit.repeat(repeat=2, number=2, timer=Clock()))
show(lambda: timeit.repeat(lambda: None, 'pass', Clock(), 3, 1))
show(lambda: timeit.Timer(stmt=lambda: None, setup=lambda: None, timer=Clock(), globals=None).timeit(1))
show(lambda: timeit.Timer(foo=1))
show(lambda: timeit.timeit(1, 2, 3, 4, 5, 6))
show(lambda: timeit.Timer().timeit(1, 2))
show(lambda: timeit.Timer(timer=None).timeit(1))
show(lambda: timeit.Timer(timer=Clock()).repeat(-1))
class Weird:
    def __call__(self):
        raise RuntimeError('timer broke')
show(lambda: timeit.Timer(timer=Weird()).timeit(1))
# a callable object and a bound method as the statement
class Counter:
    n = 0
    def bump(self):
        self.n += 1
    __call__ = bump
c = Counter()
timeit.Timer(c, timer=Clock()).timeit(3)
timeit.Timer(c.bump, c.bump, Clock()).timeit(3)
print(c.n)
print(timeit.Timer(c, timer=Clock()).src.splitlines()[1])
