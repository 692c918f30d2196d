# LOAD_FROM_DICT_OR_GLOBALS, LOAD_LOCALS: a class's __annotate__ function
# (called directly here), and lazily evaluated function annotations (PEP 649).
Alias = int

class C:
    Alias = str
    x: Alias
    y: "list[int]" = []
    z: Missing

annotate = C.__dict__["__annotate_func__"]
try:
    annotate(1)
except NameError as e:
    print("NameError", e)
Missing = float
print(annotate(1))

def f(a: Alias, b: float = 1.0) -> list:
    return [a, b]

print(f.__annotations__)

def g(x: Later):
    pass

try:
    g.__annotations__
except NameError as e:
    print("NameError", e)
Later = bytes
print(g.__annotations__)
