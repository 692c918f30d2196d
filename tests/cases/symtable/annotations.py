# lib: symdump
# Annotation scopes (PEP 649): module and class annotations, annotations
# under conditions, function signatures, annotations in function bodies.
from symdump import dump

dump('''
x: int = 1
y: "str"
def f(a: int, *args: tuple, b: list[int] = [], **kw: dict) -> bool:
    local: float = 1.0
    other: Undefined
    return local
''')
dump('''
class C:
    a: int
    b: str = "x"
    if flag:
        c: bytes
    def m(self, v: Vec) -> None:
        pass
''')
dump('''
if cond:
    z: int = 3
try:
    w: float
except E:
    pass
''')
dump('''
def outer():
    def inner(p: P) -> R: pass
    return inner
''')
