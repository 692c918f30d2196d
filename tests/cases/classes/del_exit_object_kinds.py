# Objects reachable from __main__'s globals in many ways are all finalized at
# exit, breadth-first from the module's dict.
import sys
class D:
    def __init__(self, name): self.name = name
    def __del__(self):
        print('del', self.name)
    def method(self): return self.name

def make_closure():
    x = D('closure-cell')
    def inner(): return x
    return inner
closure = make_closure()

def gen_fn():
    local = D('generator-local')
    yield 1
    yield 2
gen = gen_fn(); next(gen)

bound = D('bound-self').method
sm = staticmethod(D('staticmethod-func'))
cm = classmethod(D('classmethod-func'))
prop = property(D('property-fget'))
class Holder:
    attr = D('class-attr')
    def __init__(self): self.inst = D('instance-attr')
holder = Holder()
class Meta(type): pass
class WithMeta(metaclass=Meta):
    attr = D('metaclass-instance-attr')
def with_defaults(a=D('default'), *, k=D('kwdefault')): pass
lam = lambda q=D('lambda-default'): q
try:
    raise ValueError(D('exc-arg'))
except ValueError as e:
    saved_exc = e
def frame_holder():
    local = D('frame-local')
    return sys._getframe()
frame = frame_holder()
it = iter([D('list-iterator-item')])
en = enumerate([D('enumerate-item')])
fl = filter(None, [D('filter-item')])
rv = reversed([D('reversed-item')])
views = {'k': D('dict-view-value')}.values()
st = {D('set-item')}
fs = frozenset([D('frozenset-item')])
sl = slice(D('slice-start'))
sup = super(Holder, holder)
cell_tuple = (D('tuple-item'),)
nested = {'a': [{'b': (D('nested-deep'),)}]}
def annotated(x: 'ann') -> None: pass
annotated.__annotations__['obj'] = D('annotation-value')
annotated.attr = D('function-attr')
class Slotted:
    __slots__ = ('s',)
slotted = Slotted(); slotted.s = D('slot-value')
ba = bytearray(b'x')
gen_exp = (D('genexp-item') for _ in range(1))
print('end')
