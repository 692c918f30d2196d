class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
    @property
    def label(self):
        return f"{self.name} ({self.age})"
    @label.setter
    def label(self, v):
        self.name, a = v.split(":")
        self.age = int(a)
p = Person("ann", 30)
print(p.label, type(Person.name).__name__)
p.label = "bob:41"
print(p.label, p.__dict__)
try:
    p.age = "old"
except TypeError as e:
    print(e)
try:
    del p.label
except AttributeError as e:
    print(e)
