# Aliases with type variables, substituted.
from typing import TypeVar, List, Dict, Tuple, Callable, Optional, Union

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
print(List[T], List[T].__parameters__, List[T][int])
print(Dict[K, V][str, int], Dict[K, V].__parameters__, Dict[str, V][bytes])
print(Dict[K, List[V]][str, int], Dict[K, List[V]].__parameters__)
print(Tuple[T, ...][int], Tuple[K, V, K][int, str])
print(Optional[T][int], Union[T, List[K]].__parameters__, Union[T, List[K]][int, str])
print(List[list[T]][int], list[List[T]][str])
IntDict = Dict[str, T]
print(IntDict[int], IntDict[List[K]], IntDict[List[K]].__parameters__)

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

attempt('List[T][int, str]', lambda: List[T][int, str])
attempt('Dict[K, V][str]', lambda: Dict[K, V][str])
attempt('Dict[K, V][()]', lambda: Dict[K, V][()])
D = TypeVar('D', default=str)

