# Descriptors as defaults and __set_name__ through a Field.
from dataclasses import dataclass, field


class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner):
        return 'got ' + self.name if obj is None else obj.__dict__.get('_' + self.name, 'unset')

    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value


@dataclass
class C:
    v: str = Named()


c = C()
print(c.v, C('hi').v)


class Lazy:
    pass


@dataclass
class D:
    v: object = field(default=Lazy())


print(type(D().v).__name__, D().v is D().v)
