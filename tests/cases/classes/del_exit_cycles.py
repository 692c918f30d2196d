# Garbage cycles are collected first at exit, while sys.modules still holds
# __main__; then the module's own objects go.
import sys

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, 'main in sys.modules:', '__main__' in sys.modules,
              'stdout:', type(sys.stdout).__name__)

zz = D('zz')
_under = D('_under')
x = D('cycle-x')
y = D('cycle-y')
x.other, y.other = y, x
del x, y
p = D('cycle-global-p')
q = D('cycle-global-q')
p.other, q.other = q, p
class Holder:
    pass
h = Holder()
h.me = h
h.d = D('in-self-cycle')
mm = D('mm')

class Raises:
    def __del__(self):
        raise ValueError('raised in __del__ at exit')
r = Raises()
rc = Raises()
rc.me = rc
del rc
print('end of program')
