class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.tag = cls.__name__.lower()
        return obj


class Plugin(metaclass=Registry):
    def __init_subclass__(cls, prefix="p", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix


class Audio(Plugin, prefix="a"):
    pass


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.name, 0)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


class Rec:
    f = Field()


r = Rec()
r.f = 21
print(Registry.classes, Audio.prefix, Audio().tag, r.f, type(Rec.f).__name__)
print(type(Audio), Audio.__name__, Audio.__qualname__, Audio.__bases__)
