# @warnings.deprecated on classes: instantiation and subclassing warn
import warnings
warnings.simplefilter("always")

@warnings.deprecated("Old is old")
class Old:
    def __init__(self, v):
        self.v = v

print(Old(3).v, Old.__deprecated__)

class Child(Old):
    pass
print(Child(4).v)

@warnings.deprecated("Plain is old")
class Plain:
    pass
Plain()
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)

@warnings.deprecated("WithNew is old", category=FutureWarning)
class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
WithNew(1, 2)
