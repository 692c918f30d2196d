# String annotations (from __future__ import annotations), __init__ defaults and
# a field named self.
from __future__ import annotations
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, Field
def tr(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
@dataclass
class C:
    x: int
    y: list = field(default_factory=list)
    z: str = 'q'
    _: KW_ONLY
    k: int = 3
    iv: InitVar[int] = 0
print(C.__init__.__annotations__, C.__doc__)
print([(f.name, f.type, f.kw_only) for f in fields(C)], C.__match_args__)
print(C.__init__.__defaults__, C.__init__.__kwdefaults__)
@dataclass
class S:
    self: int
    other: int = 0
print(S(1), S(self=2))
tr(lambda: S())
tr(lambda: S(1,2,3))
print(Field[int])
print(type(C.__init__.__defaults__[0]).__name__ if C.__init__.__defaults__ else None)
