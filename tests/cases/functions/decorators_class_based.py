# Classes as decorators, and decorating methods.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)

@CountCalls
def hello(name="world"):
    return "hello " + name

print(hello(), hello("you"), hello.calls, type(hello).__name__)

def method_logger(fn):
    def wrapper(self, *args):
        return "%s.%s%r -> %r" % (type(self).__name__, fn.__name__, args, fn(self, *args))
    return wrapper

class Calc:
    @method_logger
    def add(self, a, b):
        return a + b

    @staticmethod
    @method_logger
    def weird(self):
        return "static"

print(Calc().add(2, 3))
print(Calc.weird(Calc()))

def class_deco(cls):
    cls.decorated = True
    return cls

@class_deco
class Thing:
    pass

print(Thing.decorated)
