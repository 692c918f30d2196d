class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__}() takes {len(self.fields)} positional arguments but {len(args)} were given")
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in self.fields:
                raise TypeError(f"unexpected field {name!r}")
            setattr(self, name, value)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.fields)
    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self.fields))
    def __lt__(self, other):
        return [getattr(self, f) for f in self.fields] < [getattr(other, f) for f in other.fields]
    def replace(self, **changes):
        vals = {f: getattr(self, f) for f in self.fields}
        vals.update(changes)
        return type(self)(**vals)
class Point(Record):
    fields = ("x", "y")
class Person(Record):
    fields = ("name", "age")
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.replace(y=5), len({p, Point(1, 2), Point(0, 0)}))
print(sorted([Person("b", 2), Person("a", 3), Person("a", 1)]))
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(z=1)
except TypeError as e:
    print(e)
print(Point(x="s", y=[1]))
