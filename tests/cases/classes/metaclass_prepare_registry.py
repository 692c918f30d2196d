class Registry(type):
    classes = []
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"created_by": mcls.__name__}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)
class Plugin(metaclass=Registry, tag="base"):
    def __init__(self, v): self.v = v
class Sub(Plugin):
    pass
s = Sub(3)
print(Registry.classes, Plugin.tag, Sub.tag, Plugin.created_by, s.v, type(Sub).__name__)
