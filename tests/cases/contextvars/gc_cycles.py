# Cycles through contexts, variables and tokens are collected.
import contextvars
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('collected', self.name)

def cycle_through_context():
    ctx = contextvars.Context()
    v = contextvars.ContextVar('v')
    n = Node('value holding its context')
    n.ctx = ctx
    ctx.run(v.set, n)
    return weakref.ref(ctx)

def cycle_through_default():
    n = Node('default holding its variable')
    n.var = contextvars.ContextVar('d', default=n)

def cycle_through_token():
    ctx = contextvars.Context()
    v = contextvars.ContextVar('t')
    n = Node('value holding a token')
    n.token = ctx.run(v.set, n)
    ctx.run(v.set, 'other')
    return weakref.ref(ctx)

def cycle_through_iterator():
    ctx = contextvars.Context()
    v = contextvars.ContextVar('i')
    n = Node('value holding an iterator')
    ctx.run(v.set, n)
    n.it = ctx.items()
    return weakref.ref(ctx)

gc.collect()
r1 = cycle_through_context()
cycle_through_default()
r2 = cycle_through_token()
r3 = cycle_through_iterator()
print('before collect:', r1() is not None, r2() is not None, r3() is not None)
gc.collect()
print('after collect:', r1(), r2(), r3())

# a context referring to itself through a variable's value
ctx = contextvars.Context()
v = contextvars.ContextVar('self')
ctx.run(v.set, ctx)
r = weakref.ref(ctx)
del ctx
gc.collect()
print('self reference:', r())

# the current context survives a collection
cur = contextvars.ContextVar('cur')
cur.set(Node('current value'))
gc.collect()
print('current still there:', cur.get().name)
cur.set(None)
print('done')
