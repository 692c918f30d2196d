class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}] from {cls.__name__}"
class Sub(Box): pass
print(Box[int])
print(Sub["x", 1])
print(type(Box.__dict__["__class_getitem__"]).__name__)
class Both:
    def __getitem__(self, k):
        return ("instance", k)
    def __class_getitem__(cls, k):
        return ("class", k)
print(Both()[1], Both[1])
try:
    object()[1]
except TypeError as e:
    print(e)
class NoCGI: pass
try:
    NoCGI[1]
except TypeError as e:
    print(e)
