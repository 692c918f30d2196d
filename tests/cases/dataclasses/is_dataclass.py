# is_dataclass on classes, instances, subclasses and other objects.
from dataclasses import dataclass, is_dataclass


@dataclass
class C:
    x: int = 0


class Sub(C):
    pass


for obj in (C, C(), Sub, Sub(), int, 3, None, type, dataclass):
    print(is_dataclass(obj))
