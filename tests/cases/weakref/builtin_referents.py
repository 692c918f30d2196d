# Functions, classes, generators, sets, code and modules can be referred to
import weakref
import sys


def func():
    yield 1


class K:
    pass


log = []
objs = {"function": lambda: 1, "class": type("T", (), {}), "generator": func(), "set": {1, 2},
        "frozenset": frozenset({3}), "bound method": K().__init__}
refs = {name: weakref.ref(o, lambda w, n=name: log.append(n)) for name, o in objs.items()}
print(sorted(name for name, r in refs.items() if r() is not None))
for name in list(objs):
    del objs[name]
print(log)
print(weakref.ref(sys)() is sys, weakref.ref(func.__code__)() is func.__code__)
print(weakref.ref(len)() is len, weakref.ref(K)().__name__)
