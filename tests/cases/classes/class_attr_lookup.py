class Base:
    x = "base-x"
    def who(self): return "base"
class Mid(Base):
    def who(self): return "mid/" + super().who()
class Leaf(Mid):
    x = "leaf-x"
o = Leaf()
print(o.x, o.who(), Leaf.x, Mid.x, type(o).__mro__[1].__name__)
o.x = "instance-x"
print(o.x, Leaf.x)
del o.x
print(o.x)
Mid.x = "mid-x"
print(Mid().x, Leaf().x, Base().x)
Base.who = lambda self: "patched"
print(Leaf().who())
print(hasattr(o, "nope"), getattr(o, "nope", "default"))
