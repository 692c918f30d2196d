# WeakKeyDictionary keys are found by equality, like a dict's
import weakref


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))


p1, p2 = Point(1, 2), Point(1, 2)
d = weakref.WeakKeyDictionary()
d[p1] = "first"
d[p2] = "second"
print(len(d), d[p1], d[p2], p2 in d)
del p1
print(len(d), p2 in d)
print(d.get(p2))
d[p2] = "third"
del p2
print(len(d))
