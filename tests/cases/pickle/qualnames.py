# Globals found through __qualname__ and __module__: nested classes,
# methods, static and class methods, at protocols below 4 (getattr
# reductions) and from 4 (STACK_GLOBAL with a dotted name).
import pickle


class Outer:
    class Inner:
        class Deepest:
            pass

        def method(self):
            return 'inner method'

    @staticmethod
    def static():
        return 'static'

    @classmethod
    def cmeth(cls):
        return cls.__name__

    def method(self):
        return 'outer method'


def function():
    return 'function'


for proto in range(6):
    for obj in [Outer, Outer.Inner, Outer.Inner.Deepest, Outer.method, Outer.Inner.method,
                Outer.static, function, Outer.cmeth, Outer().method, Outer.Inner().method]:
        s = pickle.dumps(obj, proto)
        r = pickle.loads(s)
        print(proto, s, r is obj or r == obj)
    inst = Outer.Inner.Deepest()
    inst.v = proto
    print(pickle.loads(pickle.dumps(inst, proto)).v)


class Renamed:
    pass


Renamed.__qualname__ = 'Alias'
Alias = Renamed
print(pickle.dumps(Renamed, 4))
Renamed.__qualname__ = 'Missing'
try:
    pickle.dumps(Renamed, 4)
except pickle.PicklingError as e:
    print(e)
Other = type('Other', (), {})
Renamed.__qualname__ = 'Other'
try:
    pickle.dumps(Renamed, 0)
except pickle.PicklingError as e:
    print(e)
Renamed.__module__ = 'no_such_module_zz'
try:
    pickle.dumps(Renamed, 2)
except pickle.PicklingError as e:
    print(e)
def f(): pass
f.__module__ = None
f.__qualname__ = 'function'
try:
    print(pickle.dumps(f, 2))
except pickle.PicklingError as e:
    print(e)
# non-ASCII names need protocol 3
ns = {}
Caf = type('Caf\u00e9', (), {})
globals()['Caf\u00e9'] = Caf
for proto in range(6):
    try:
        print(pickle.dumps(Caf, proto))
    except pickle.PicklingError as e:
        print(proto, e)
mod = type(pickle)('m\u00f6d')
import sys
sys.modules['m\u00f6d'] = mod
Caf.__module__ = 'm\u00f6d'
mod.Caf = Caf
Caf.__qualname__ = 'Caf'
for proto in (2, 3):
    try:
        print(pickle.dumps(Caf, proto))
    except pickle.PicklingError as e:
        print(proto, e)
