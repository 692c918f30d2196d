# obj.__class__ = other: what is allowed, the errors, and method lookups
# through one call site before and after the switch.


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class WithSlots:
    __slots__ = ("x",)


class OtherSlots:
    __slots__ = ("y", "z")


def who(o):
    return o.who()


o = A()
seen = []
for cls in (A, B, A, B):
    o.__class__ = cls
    seen.append(who(o))
print(seen, type(o).__name__, isinstance(o, B))

for target in (5, int, WithSlots):
    try:
        o.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
try:
    WithSlots().__class__ = OtherSlots
except TypeError as e:
    print("TypeError:", e)
try:
    del o.__class__
except TypeError as e:
    print("TypeError:", e)


class Sub(A):
    def who(self):
        return "Sub of " + super().who()


o.__class__ = Sub
print(who(o))
