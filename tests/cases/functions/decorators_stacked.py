# Stacked decorators apply bottom-up; the decorator expressions run top-down.
order = []

def deco(label):
    order.append("make " + label)
    def apply(fn):
        order.append("apply " + label)
        def wrapper(*args):
            return label + "(" + fn(*args) + ")"
        return wrapper
    return apply

@deco("a")
@deco("b")
@deco("c")
def base(x):
    return x

print(order)
print(base("x"))

def bold(fn):
    return lambda: "<b>" + fn() + "</b>"

def italic(fn):
    return lambda: "<i>" + fn() + "</i>"

@bold
@italic
def text():
    return "hi"

print(text())
