# Attribute lookups cached per instruction must notice every class change:
# class attributes, methods, descriptors added or removed, bases' changes,
# instance dicts shadowing, __class__ assignment.


class Base:
    color = "red"

    def greet(self):
        return "base greet"


class Child(Base):
    pass


def read_color(o):
    return o.color


def call_greet(o):
    return o.greet()


def read_greet(o):
    return o.greet


c = Child()
for step in range(3):
    print(step, read_color(c), call_greet(c))

Base.color = "blue"                 # a base's class attribute changes
print(read_color(c))
Child.color = "green"               # the subclass now shadows it
print(read_color(c))
del Child.color
print(read_color(c))

Base.greet = lambda self: "new greet"   # the method is replaced on the base
print(call_greet(c))
Child.greet = lambda self: "child greet"
print(call_greet(c))
del Child.greet
print(call_greet(c))

c.greet = lambda: "instance greet"  # the instance dict shadows the method
print(call_greet(c))
del c.greet
print(call_greet(c), read_greet(c)())

c.color = "instance color"
print(read_color(c))
del c.color
print(read_color(c))

# a non-str key equal to the name, and a name built at run time (not interned)
name = "".join(["co", "lor"])
setattr(c, name, "built")
print(read_color(c))
c.__dict__.clear()
print(read_color(c))


class Other:
    color = "other"

    def greet(self):
        return "other greet"


c.__class__ = Other                 # the type changes under the same object
print(read_color(c), call_greet(c))
c.__class__ = Child
print(read_color(c), call_greet(c))

# the instance dict replaced wholesale
c.__dict__ = {"color": "fresh"}
print(read_color(c))
c.__dict__ = {}
print(read_color(c))

# a missing attribute, then the class gains it
class Late:
    pass


def read_late(o):
    try:
        return o.thing
    except AttributeError as e:
        return "missing: " + str(e)


late = Late()
print(read_late(late))
Late.thing = 42
print(read_late(late))
del Late.thing
print(read_late(late))

# deleting the attribute from the instance between two reads
class Box:
    def __init__(self):
        self.a = 1
        self.b = 2


def read_b(o):
    return o.b


box = Box()
print(read_b(box))
del box.a
print(read_b(box))
box.a = 3
print(read_b(box), box.a)
del box.b
try:
    read_b(box)
except AttributeError as e:
    print("AttributeError:", e)
