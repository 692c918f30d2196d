# timeit: Timer with callables: call counts, setup order, custom timers, repeat, autorange
import timeit

log = []
def setup():
    log.append('setup')
def stmt():
    log.append('stmt')

class FakeTimer:
    def __init__(self, step=0.5):
        self.now, self.step, self.calls = 0.0, step, 0
    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now

t = timeit.Timer(stmt, setup, timer=FakeTimer())
print(t.timeit(3), log)
log.clear()
print(t.timeit(0), log)
log.clear()
print(t.repeat(2, 2), log)
log.clear()
print(t.repeat(0, 5), t.repeat(number=0))
print(t.timer.calls)
print(timeit.timeit(stmt, setup, timer=FakeTimer(0.25), number=2), log)
log.clear()
print(timeit.repeat(stmt, timer=FakeTimer(), repeat=3, number=1), log)
log.clear()
print(timeit.timeit(timer=FakeTimer(2.0), number=10))
print(timeit.Timer(timer=FakeTimer(1.0)).timeit(5))
counter = [0]
def count():
    counter[0] += 1
print(timeit.Timer(count, timer=FakeTimer()).timeit(1000), counter)
print(timeit.Timer('pass', 'pass', FakeTimer()).timeit(), timeit.Timer('', '\npass\n  # c\npass  # x', FakeTimer()).timeit(1))

print(timeit.Timer(count, timer=FakeTimer(0.2)).autorange())

class Slow:
    def __init__(self):
        self.now = 0
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.now
class Counted:
    def __init__(self, clock):
        self.clock = clock
    def __call__(self):
        self.clock.now += 0.001
t = timeit.Timer(Counted(clk := Slow()), timer=clk)
trials = []
n, taken = t.autorange(lambda n, taken: trials.append((n, round(taken, 6))))
print(n, round(taken, 6), trials)

print(timeit.default_timer is __import__('time').perf_counter)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
print(timeit.__all__)
print(timeit.reindent("a\nb\n c", 4))
print(isinstance(timeit.default_timer(), float))
import gc
states = []
gc.enable()
timeit.Timer(lambda: states.append(gc.isenabled()), timer=FakeTimer()).timeit(2)
print(states, gc.isenabled())
gc.disable()
timeit.Timer(lambda: states.append(gc.isenabled()), timer=FakeTimer()).timeit(1)
print(states, gc.isenabled())
gc.enable()
