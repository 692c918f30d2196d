# lib: symdump
# type statements: the alias value is a scope of its own, inside the type
# parameter scope of a generic alias.
from symdump import dump

dump('''
type Plain = int | str
type Generic[T] = list[T] | set[T]
type Bounded[N: int = bool] = dict[N, Plain]
class C:
    type Member = C
    type Param[X] = tuple[X, C]
''')
