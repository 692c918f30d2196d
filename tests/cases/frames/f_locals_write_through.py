# Writes through f_locals reach the running code: fast locals, cells, free
# variables, and generator frames while suspended.
import sys

def outer():
    captured = 'cell'
    def inner():
        fl = sys._getframe().f_locals
        print('free before', captured)
        fl['captured'] = 'changed by inner'
        print('free after', captured)
    inner()
    print('outer sees', captured)
    fl = sys._getframe().f_locals
    fl['captured'] = 'changed by outer'
    return inner

outer()

def loop():
    total = 0
    for i in range(3):
        total += i
        sys._getframe().f_locals['total'] = total * 10
    return total

print(loop())

def setter(frame, name, value):
    frame.f_locals[name] = value

def caller():
    n = 1
    setter(sys._getframe(), 'n', 42)
    setter(sys._getframe(), 'fresh', 'extra')
    print(n, 'fresh' in locals(), locals().get('fresh'))
    loc = locals()
    loc['n'] = 'snapshot only'
    print(n, locals() is locals(), type(locals()).__name__)

caller()

def gen():
    yield sys._getframe().f_locals
    z = 1
    yield z
    yield z

g = gen()
p = next(g)
print(p)
g.gi_frame.f_locals['z'] = 5
print(p)
print(next(g), p)
p['z'] = 'later'
print(next(g), g.gi_frame.f_locals)

def args_in_locals(a, *rest, key=None, **more):
    p = sys._getframe().f_locals
    p['rest'] = ('replaced',)
    p['more'] = {'m': 1}
    p.update({'key': 'k', 'a': 'A'})
    return a, rest, key, more

print(args_in_locals(1, 2, 3, key=4, other=5))
