import inspect, functools
class Base:
    """Base."""
    def m(self):
        """Base m."""
    @classmethod
    def c(cls):
        """Base c."""
    @staticmethod
    def s():
        """Base s."""
    x = 1
class Sub(Base):
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
class NoDoc: pass
for obj in (Sub(), Sub.m, Sub().m, Sub.c, Sub().c, Sub.s, NoDoc, NoDoc(), 1, None, [].append, list.append,
            int.__add__, (1).__add__, functools.partial(print), property(), Sub.__dict__['c'], Sub.__dict__['s'],
            lambda: 0, inspect):
    d = inspect.getdoc(obj)
    print(repr(d[:40]) if d else d)
