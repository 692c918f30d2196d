# Decorators without arguments: functions replacing functions.
def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper()
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("ann"), greet.__name__, greet.__qualname__)

calls = []
def log(fn):
    def wrapper(*args):
        calls.append((fn.__name__, args))
        return fn(*args)
    return wrapper

@log
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), calls)

def register(fn):
    registry[fn.__name__] = fn
    return fn

registry = {}

@register
def one():
    return 1

@register
def two():
    return 2

print(sorted(registry), registry["two"]())

def replace_with_value(fn):
    return fn()

@replace_with_value
def computed():
    return [1, 2, 3]

print(computed)
