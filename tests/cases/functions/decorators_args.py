# Decorators with arguments (decorator factories) and expression decorators.
def repeat(times, sep=" "):
    def deco(fn):
        def wrapper(*args):
            return sep.join(fn(*args) for _ in range(times))
        return wrapper
    return deco

@repeat(3)
def word(w):
    return w

@repeat(2, sep="-")
def other(w):
    return w.upper()

print(word("ho"), other("hey"))

def tag(name):
    def deco(fn):
        fn.tag = name
        return fn
    return deco

@tag("important")
def task():
    return "done"

print(task(), task.tag)

decorators = {"twice": lambda f: (lambda x: f(f(x)))}

@decorators["twice"]
def inc(x):
    return x + 1

print(inc(5))

@(lambda f: f)
def identity():
    return "unchanged"

print(identity())
