# Call errors of methods name the qualified name (Class.method).
class Shape:
    def area(self, scale):
        return scale

    def move(self, dx, dy=0, *, fast=False):
        return dx, dy, fast

    class Inner:
        def deep(self, a, /):
            return a

def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print(e)

s = Shape()
attempt(lambda: s.area())
attempt(lambda: s.area(1, 2))
attempt(lambda: s.area(scale=1, other=2))
attempt(lambda: Shape.area())
attempt(lambda: Shape.area(s))
attempt(lambda: s.move())
attempt(lambda: s.move(1, 2, 3))
attempt(lambda: s.move(1, dx=2))
attempt(lambda: s.move(1, 2, 3, fast=True))
attempt(lambda: Shape.Inner().deep())
attempt(lambda: Shape.Inner().deep(a=1))
attempt(lambda: Shape.Inner().deep(1, 2))
m = s.area
attempt(lambda: m())
attempt(lambda: m(1, 2, 3))
