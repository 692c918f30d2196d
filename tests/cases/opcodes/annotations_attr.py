# __annotations__ of classes and modules (PEP 649 lazy evaluation).
class C:
    x: int
    y: "str" = "s"

print(C.__annotations__)
top: list[int] = []
import sys
print(sys.modules[__name__].__annotations__)
