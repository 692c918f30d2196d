import inspect
import types

class Base:
    base_attr = 1
    def base_method(self): pass
class Thing(Base):
    """A thing."""
    x = 10
    def method(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def prop(self): return 'p'
    @types.DynamicClassAttribute
    def dyn(self): return 'd'
t = Thing()
t.inst = 5
def show(pairs):
    print([name for name, _ in pairs if not name.startswith('__')])
show(inspect.getmembers(Thing))
show(inspect.getmembers(t))
print(inspect.getmembers(t, lambda v: isinstance(v, int)))
print([n for n, v in inspect.getmembers(Thing, inspect.isfunction)])
print([n for n, v in inspect.getmembers(t, inspect.ismethod)])
print(inspect.getmembers(Thing, lambda v: isinstance(v, types.DynamicClassAttribute))[0][0])
show(inspect.getmembers_static(Thing))
print([(n, type(v).__name__) for n, v in inspect.getmembers_static(t) if n in ('prop', 'cm', 'sm', 'inst', 'x')])
class Bad:
    def __getattr__(self, name):
        raise AttributeError(name)
    @property
    def broken(self):
        raise AttributeError('no')
print([n for n, v in inspect.getmembers(Bad()) if not n.startswith('__')])
