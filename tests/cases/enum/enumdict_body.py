# enum: the namespace an enum class body runs in (EnumDict) and what it records.
from enum import Enum, EnumType, EnumDict, auto

class Spy(EnumType):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        print('prepare', name, type(ns).__name__)
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        print('names', ns.member_names if hasattr(ns, 'member_names') else ns._member_names)
        return super().__new__(mcls, name, bases, ns, **kw)

class Base(Enum, metaclass=Spy):
    pass

class Color(Base):
    RED = auto()
    GREEN = 5
    def method(self):
        pass
    BLUE = auto()

print(list(Color), type(Color).__name__)
d = EnumDict()
d['A'] = 1
d['_order_'] = 'A'
d['__x__'] = 2
print(sorted(d.items()))
try:
    d['A'] = 3
except TypeError as e:
    print('TypeError', e)
