# At exit, the objects held by __main__'s globals are finalized by a last
# collection, breadth-first from the module's dict (dict values in order,
# list and tuple items last first, instance attributes inline), while every
# global is still there.
import sys

GREETING = 'hello'

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, GREETING, 'D bound:', D is not None, 'main in sys.modules:', '__main__' in sys.modules)

a = [D('a0'), [D('a1-0'), D('a1-1')], D('a2')]
b = D('b')
c = {'k1': D('c-k1'), 'k2': [D('c-k2-0'), D('c-k2-1')]}
class Box:
    pass
d = Box()
d.x = D('d.x')
d.y = Box()
d.y.z = D('d.y.z')
d.w = D('d.w')
e = (D('e0'), D('e1'))
f = D('f')
f.child = D('f.child')
f.child.grand = D('f.child.grand')

objs = [D('created-1'), D('created-2')]
z_second = objs[1]
a_first = objs[0]
del objs

grand = D('grand')
child = D('child')
child.grand = grand
parent = D('parent')
parent.child = child
del grand, child
shared = D('shared')
l1 = [shared, D('l1-own')]
l2 = [D('l2-own'), shared]

class K:
    attr = D('class-attr')
def func(arg=D('default')):
    pass

many = [D('many%d' % i) if i % 500 == 0 else [i] for i in range(3000)]
_private = D('_private')
__dunder = D('__dunder')
print('end of program')
