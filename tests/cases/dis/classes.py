# dis.dis of a class: its methods, static and class methods, nested classes
import dis


class Shape:
    sides = 0
    label = "shape"

    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size

    @staticmethod
    def unit():
        return Shape(1)

    @classmethod
    def make(cls, n):
        return cls(n)

    @property
    def double(self):
        return self.size * 2

    class Meta:
        def describe(self):
            return "meta"


dis.dis(Shape)
print("== bound method")
dis.dis(Shape(2).area)
print("== class body")
