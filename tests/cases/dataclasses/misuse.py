# Misuse of the module: wrong arguments and what they raise.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, replace, asdict
def tr(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
tr(lambda: field(1))
tr(lambda: dataclass(lambda: 1))
tr(lambda: dataclass(3))
tr(lambda: dataclasses.is_dataclass())
tr(lambda: fields())
tr(lambda: replace())
tr(lambda: asdict(1, 2))
tr(lambda: InitVar())
tr(lambda: InitVar[int, str])
tr(lambda: dataclasses.make_dataclass('X', ['a'], eq=False, order=True))
tr(lambda: dataclasses.make_dataclass('X', [('a', int, 3)]))
tr(lambda: dataclasses.make_dataclass('X', [('a', int, field(default=[]))]))
tr(lambda: dataclasses.make_dataclass('X', 5))
tr(lambda: dataclasses.make_dataclass(5, []))
tr(lambda: dataclasses.make_dataclass('X', [], bogus=1))
tr(lambda: dataclasses.make_dataclass('X', [('a', int)], namespace={'a': field(default=4)})(a=2))
@dataclass
class C:
    x: int = field(default_factory=lambda: 5)
    def __post_init__(self): print('pi', self.x)
tr(lambda: C())
tr(lambda: C.__init__(C(), 1))
c = C(); tr(lambda: C.__repr__(1)); tr(lambda: C.__eq__(c, c))
tr(lambda: C.__init__.__name__)
tr(lambda: type(C.__dataclass_fields__).__name__)
tr(lambda: dataclasses.KW_ONLY.__class__.__name__)
tr(lambda: dataclasses.MISSING.__class__.__module__)
