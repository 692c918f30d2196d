# TypeAliasType made by the type statement and by calling it.
from typing import TypeAliasType, TypeVar, List, get_args, TypeAlias

T = TypeVar('T')
Pairs = TypeAliasType('Pairs', List[tuple[T, T]], type_params=(T,))
Plain = TypeAliasType('Plain', int)
type Stmt[X] = dict[str, X]
for a in (Pairs, Plain, Stmt):
    print(a, a.__name__, a.__value__, a.__type_params__, a.__parameters__, a.__module__, type(a).__name__)
print(Pairs[int], Stmt[int], get_args(Pairs[int]), Plain | None)
Alias: TypeAlias = 'List[int]'
print(Alias)
for bad in (lambda: TypeAliasType(3, int), lambda: TypeAliasType('A', int, type_params=[T]),
            lambda: TypeAliasType('A'), lambda: TypeAliasType('A', int, bad=1)):
    try:
        bad()
    except TypeError as e:
        print(e)
