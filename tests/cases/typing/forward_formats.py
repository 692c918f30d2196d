# get_type_hints and evaluate_forward_ref in each annotationlib format; typing.ForwardRef is annotationlib's.
import sys
import typing
print('annotationlib' in sys.modules)
import typing, sys
from typing import get_type_hints, evaluate_forward_ref, ForwardRef, List, Optional
import annotationlib
from annotationlib import Format
print(ForwardRef is annotationlib.ForwardRef, typing.ForwardRef)
class Node:
    next: 'Node'
    val: int
    other: Missing
try:
    get_type_hints(Node)
except NameError as e:
    print("NameError", e)
print(get_type_hints(Node, format=Format.FORWARDREF))
print(get_type_hints(Node, format=Format.STRING))
def f(a: 'List[int]', b: Optional['Node'], c: Undefined = None) -> 'Node': pass
print(get_type_hints(f, format=Format.FORWARDREF))
print(get_type_hints(f, format=Format.STRING))
print(evaluate_forward_ref(ForwardRef('List[int]'), globals=globals()))
print(evaluate_forward_ref(ForwardRef('List["Node"]'), globals=globals()))
print(evaluate_forward_ref(ForwardRef('Nope'), format=Format.FORWARDREF))
print(evaluate_forward_ref(ForwardRef('list[Nope]'), format=Format.FORWARDREF))
print(evaluate_forward_ref(ForwardRef('x'), format=Format.STRING))
try:
    evaluate_forward_ref(ForwardRef('Nope'))
except NameError as e:
    print("NameError", e)
print(evaluate_forward_ref(ForwardRef('int'), owner=f))
X = 'X'
print(evaluate_forward_ref(ForwardRef('X'), globals=globals()))
class G[T]:
    a: T
    b: 'list[T]'
print(get_type_hints(G))
def h[U](x: 'U') -> list['U']: pass
print(get_type_hints(h))
print(List['Node'], List['Node'].__args__[0].__class__)
print(typing.get_type_hints(sys.modules[__name__]))
here: 'int' = 3
print(typing.get_type_hints(sys.modules[__name__], format=Format.STRING))
