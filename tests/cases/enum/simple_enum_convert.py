# enum: _simple_enum and _convert_, the helpers the standard library makes its enums with.
import enum
import sys
from enum import _simple_enum, IntEnum, IntFlag, StrEnum, Flag, KEEP

@_simple_enum(IntEnum)
class X:
    A = 1
    B = 2
    C = 1
    def hi(self):
        return 'hi ' + self.name
print(X, list(X), X.__doc__, X.C, X.A.hi(), repr(X.B), str(X.B), X.__qualname__, type(X))

@_simple_enum(IntFlag, boundary=KEEP)
class F:
    """Doc."""
    R = 1
    W = 2
    RW = 3
print(list(F), repr(F(7)), repr(F(3)), F.__doc__, F.__members__)

@_simple_enum(StrEnum)
class S:
    A = 'a'
print(repr(S.A), S.__doc__, str(S.A))

class G(IntFlag):
    R = 1
    W = 2
    RW = 3
print(repr(G(7)), repr(G(3)), repr(G(11)))

class H(Flag):
    R = 1
    W = 2
    RW = 3
    X = 8
print(repr(H(11)), repr(H(3)), repr(H(9)), list(H(11)))

module = type(sys)('fake_consts')
module.RED_X, module.BLUE_X, module.ALIAS_X, module.OTHER = 1, 2, 1, 3
sys.modules['fake_consts'] = module
Colors = IntEnum._convert_('Colors', 'fake_consts', lambda name: name.endswith('_X'))
print(Colors, list(Colors), Colors.__members__, repr(module.RED_X), module.Colors is Colors, Colors.__doc__, Colors.__module__)
Global = IntEnum._convert_('Global', 'fake_consts', lambda name: name == 'OTHER', as_global=True)
print(repr(module.OTHER), str(module.OTHER))
