# f_locals written by a trace function at a frame's 'call' event, from a
# suspended generator's frame, after clear(), and holding itself.
import sys, gc
def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'target':
        p = frame.f_locals
        p['a'] = 'from tracer'
        p['c'] = 'cell early'
        p['junk'] = 1
    return None
def target(a):
    c = 1
    def inner(): return c
    return a, inner()
sys.settrace(tracer)
print(target(1))
sys.settrace(None)

def gen():
    x = 1
    yield sys._getframe()
    yield x
g = gen()
fr = next(g)
p = fr.f_locals
del g
gc.collect()
print(p, fr.f_locals)
p['x'] = 2; p['y'] = 3
print(p)
fr.clear()
print(p, len(p), list(p))
p['x'] = 5
print(p)
def mod_frame():
    return sys._getframe(1)
mf = mod_frame()
print(type(mf.f_locals).__name__)
def f():
    return sys._getframe()
fr2 = f()
Proxy = type(fr2.f_locals)
q = Proxy(mf)
print(type(q).__name__, len(q) > 0)
def selfref():
    p = sys._getframe().f_locals
    p['p2'] = p
    print(repr(p)[:40])
    return p
r = selfref()
del r
gc.collect()
def recursion():
    p = sys._getframe().f_locals
    p['me'] = p
    return p == p
print(recursion())
print('done')
