# lib: symdump
# Type parameter scopes of generic functions and classes (PEP 695), with
# bounds, constraints and defaults.
from symdump import dump

dump('''
def first[T](items: list[T]) -> T:
    return items[0]
def bounded[N: int, *Ts, **P](n: N, *a: *Ts) -> N: pass
def constrained[S: (str, bytes)](s: S = "") -> S: pass
def with_default[D = int](d=None, *, k=1): pass
''')
dump('''
class Box[T]:
    def get(self) -> T: ...
class Pair[K, V: Hashable](Base[K], metaclass=M):
    key: K
''')
dump('''
class Outer:
    def method[U](self, u: U) -> U: return u
    class Inner[W]: pass
''')
