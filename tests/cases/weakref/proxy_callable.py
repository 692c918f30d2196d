# A proxy of a callable object is a CallableProxyType; proxy callbacks
import weakref


class Greeter:
    def __call__(self, name, punct="!"):
        return "hello " + name + punct

    def __bytes__(self):
        return b"greeter"

    def __reversed__(self):
        return iter("cba")


g = Greeter()
log = []
p = weakref.proxy(g, lambda q: log.append(type(q).__name__))
print(type(p).__name__, p("you"), p("you", punct="?"), p.__bytes__(), list(p.__reversed__()))
print(isinstance(p, weakref.CallableProxyType), isinstance(p, weakref.ProxyTypes))
print(type(weakref.proxy(Greeter)).__name__, type(weakref.proxy(weakref)).__name__)
del g
print(log)
try:
    p("x")
except ReferenceError as e:
    print(e)
