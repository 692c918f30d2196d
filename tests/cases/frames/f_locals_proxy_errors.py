# FrameLocalsProxy errors: deleting variables, missing keys, wrong arguments.
import sys

def f(a):
    x = 1
    p = sys._getframe().f_locals
    def attempt(label, fn):
        try:
            print(label, fn())
        except Exception as e:
            print(label, type(e).__name__, e)
    def delete(key):
        del p[key]
    attempt('del x', lambda: delete('x'))
    attempt('del a', lambda: delete('a'))
    attempt('del missing', lambda: delete('missing'))
    p['extra'] = 1
    attempt('del extra', lambda: delete('extra'))
    attempt('del extra again', lambda: delete('extra'))
    attempt('get zz', lambda: p['zz'])
    attempt('get 1', lambda: p[1])
    attempt('get unbound', lambda: p['later'])
    attempt('set 1', lambda: p.__setitem__(1, 2))
    attempt('get 1 again', lambda: p[1])
    attempt('pop a', lambda: p.pop('a'))
    attempt('pop nope', lambda: p.pop('nope'))
    attempt('pop nope dflt', lambda: p.pop('nope', 'dflt'))
    attempt('pop 1', lambda: p.pop(1))
    attempt('pop none', lambda: p.pop())
    attempt('get none', lambda: p.get())
    attempt('get 3', lambda: p.get(1, 2, 3))
    attempt('update none', lambda: p.update())
    attempt('update list', lambda: p.update([('b', 3)]))
    attempt('update int', lambda: p.update(1))
    attempt('update kw', lambda: p.update(a=1))
    attempt('hash', lambda: hash(p))
    attempt('lt', lambda: p < p)
    attempt('or int', lambda: p | 1)
    attempt('ror int', lambda: 1 | p)
    def ior():
        nonlocal p
        p |= 1
    attempt('ior int', ior)
    attempt('new', lambda: type(p)())
    attempt('new int', lambda: type(p)(1))
    attempt('new frame', lambda: sorted(type(p)(sys._getframe(1))))
    later = 5
    return later

f(0)

def g():
    p = sys._getframe().f_locals
    for call in [lambda: p.get(key=1), lambda: p.pop(key=1), lambda: p.setdefault(),
                 lambda: p.setdefault(1, 2, 3), lambda: p.pop(1, 2, 3), lambda: p.keys(1),
                 lambda: p.copy(x=1), lambda: p.setdefault(k=1), lambda: p.items(1)]:
        try:
            call()
        except TypeError as e:
            print(e)

g()
