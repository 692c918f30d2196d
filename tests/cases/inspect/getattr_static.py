import inspect

class Meta(type):
    meta_attr = 'meta'
    @property
    def meta_prop(cls): return 'mp'
class Thing(metaclass=Meta):
    x = 1
    @property
    def p(self): return 'computed'
    def __getattr__(self, name): return 'dynamic'
    @classmethod
    def cm(cls): pass
t = Thing()
t.y = 2
t.__dict__['p'] = 'shadow'
for name in ('x', 'y', 'p', 'cm', 'zz'):
    v = inspect.getattr_static(t, name, 'MISSING')
    print(name, type(v).__name__, v if isinstance(v, (int, str)) else '')
print(getattr(t, 'zz'), inspect.getattr_static(Thing, 'meta_attr'), type(inspect.getattr_static(Thing, 'meta_prop')).__name__)
print(type(inspect.getattr_static(Thing, 'cm')).__name__, type(inspect.getattr_static(Thing, 'p')).__name__)
try:
    inspect.getattr_static(t, 'nothing')
except AttributeError as e:
    print('AttributeError', e)
class Slots:
    __slots__ = ('a',)
s = Slots()
print(type(inspect.getattr_static(s, 'a')).__name__)
s.a = 3
print(type(inspect.getattr_static(s, 'a')).__name__)
print(inspect.getattr_static(1, 'real').__class__.__name__, inspect.getattr_static([], 'append').__class__.__name__)
