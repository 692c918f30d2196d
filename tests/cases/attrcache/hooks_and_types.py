# Cached attribute sites with __getattr__ / __getattribute__ / __setattr__
# added to a class later, __slots__, metaclasses, many types at one site.


class A:
    def __init__(self):
        self.x = 1


def read_x(o):
    return o.x


def read_y(o):
    try:
        return o.y
    except AttributeError as e:
        return "no y: " + str(e)


def write_y(o, v):
    o.y = v


a = A()
print(read_x(a), read_y(a))
A.__getattr__ = lambda self, name: "fallback " + name
print(read_x(a), read_y(a))
A.__getattribute__ = lambda self, name: "intercepted " + name
print(read_x(a), read_y(a))
del A.__getattribute__
del A.__getattr__
print(read_x(a), read_y(a))

write_y(a, 5)
print(read_y(a))
A.__setattr__ = lambda self, name, v: print("setattr", name, v)
write_y(a, 6)
print(read_y(a))
del A.__setattr__
write_y(a, 7)
print(read_y(a))


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = "slot x"


s = Slotted()
print(read_x(s), read_y(s))
write_y(s, "slot y")
print(read_y(s))


class Meta(type):
    @property
    def x(cls):
        return "meta property"


class WithMeta(metaclass=Meta):
    x = "class attr"


print(read_x(WithMeta), read_x(WithMeta()))


class Plain:
    x = "plain class attr"


print(read_x(Plain), read_x(Plain()))
Plain.x = "changed"
print(read_x(Plain), read_x(Plain()))

# one site, many types: more than the cache keeps
classes = []
for i in range(9):
    classes.append(type("K%d" % i, (), {"x": i, "m": (lambda i: lambda self: i * 100)(i)}))
total = 0
for rep in range(50):
    for k in classes:
        o = k()
        total += read_x(o) + o.m()
print(total)

# one site, many classes read through the class itself
def class_x(k):
    return k.x


print([class_x(k) for k in classes] * 2 == [k.x for k in classes] * 2)
print(read_x(int), read_y(3))
print((5).real, (5).bit_length(), "abc".upper(), [1, 2].copy())
