class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        print("init_subclass", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)
class A(Plugin, name="alpha"):
    pass
class B(Plugin):
    pass
class C(A, name="gamma"):
    pass
print([c.plugin_name for c in Plugin.registry])
try:
    class D(Plugin, name="d", extra=1):
        pass
except TypeError as e:
    print(e)
try:
    class E(unknown=1):
        pass
except TypeError as e:
    print(e)
class Base:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit classmethod", cls.__name__, kw)
class F(Base, k=2): pass
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
