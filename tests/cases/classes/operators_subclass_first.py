class Base:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        print("Base.__add__")
        return "base-add"
    def __radd__(self, o):
        print("Base.__radd__")
        return "base-radd"
    def __lt__(self, o):
        print("Base.__lt__")
        return True
    def __gt__(self, o):
        print("Base.__gt__")
        return False
class Derived(Base):
    def __radd__(self, o):
        print("Derived.__radd__")
        return "derived-radd"
    def __gt__(self, o):
        print("Derived.__gt__")
        return "derived-gt"
class Plain(Base):
    pass
print(Base(1) + Derived(2))
print(Base(1) + Plain(2))
print(Base(1) < Derived(2))
print(Base(1) < Plain(2))
class IntSub(int):
    def __radd__(self, o):
        return f"IntSub.__radd__({o})"
    def __rsub__(self, o):
        return NotImplemented
print(5 + IntSub(3))
print(5 - IntSub(3))
class FSub(float):
    def __rmul__(self, o):
        return "FSub.__rmul__"
print(2.0 * FSub(1.5), 2 * FSub(1.5))
