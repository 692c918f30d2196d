# String annotations evaluated by get_type_hints and ForwardRef through eval().
import typing
from typing import (ForwardRef, Generic, List, Dict, Optional, Callable, TypeVar, Annotated,
                    get_type_hints, evaluate_forward_ref, Literal, Union)
import collections.abc

T = TypeVar('T')


def f(a: 'dict[str, list[tuple[int, ...]]]', b: 'Optional[Later]', c: 'Callable[[int, str], None]',
      d: 'List["Later"]', e: 'int | None' = None) -> 'collections.abc.Iterator[Later]':
    pass


class Later:
    x: 'Later'
    y: 'list[Later | int]'
    z: 'Annotated[int, "meta", 3]'
    w: 'Literal["a", 1, True]'
    v: 'Dict[str, typing.Any]'


for k, v in get_type_hints(f).items():
    print(k, v)
for k, v in get_type_hints(Later).items():
    print(k, v)
print(get_type_hints(Later, include_extras=True)['z'])

# expressions the old subset could not read
def g(a: '(lambda: int)()', b: '[int, str][1]', c: '{"k": float}["k"]', d: 'int if True else str',
      e: 'tuple[*Ts]' = None):
    pass

Ts = typing.TypeVarTuple('Ts')
for k, v in get_type_hints(g).items():
    print(k, v)

# ForwardRef.evaluate and evaluate_forward_ref
print(ForwardRef('list[int]').evaluate())
print(ForwardRef('Later').evaluate(globals=globals()))
print(ForwardRef('len').evaluate())
print(ForwardRef('x + 1').evaluate(locals={'x': 41}))
print(ForwardRef('T').evaluate(type_params=(T,)))
print(ForwardRef('*Ts').evaluate(globals=globals()))
print(evaluate_forward_ref(ForwardRef('dict[str, "Later"]'), globals=globals()))
print(ForwardRef('1 +').__forward_arg__)

for bad in ['1 +', 'def', 'x y', 'a[', '']:
    try:
        ForwardRef(bad).evaluate()
    except SyntaxError as e:
        print('SyntaxError', e)

for text in ['Missing', 'list[Missing]', 'Later.nope', 'Missing | int']:
    try:
        ForwardRef(text).evaluate(globals=globals())
    except NameError as e:
        print('NameError', e, e.name)
    except AttributeError as e:
        print('AttributeError', e)

def h(x: 'Undefined'): pass
def h2(x: 'list[int'): pass
def h3(x: 'int | Nope' = 1): pass
for fn in (h, h2, h3):
    try:
        get_type_hints(fn)
    except Exception as e:
        print(type(e).__name__, e)

# localns and globalns given
def k(a: 'Q', b: 'list[R]'): pass
print(get_type_hints(k, localns={'Q': int, 'R': str}))
print(get_type_hints(k, globalns={'Q': bytes, 'R': float}))
print(get_type_hints(k, globalns={'Q': bytes, 'R': float}, localns={'Q': complex}))

# generic class whose annotations name its parameter and a later class
class Box(Generic[T]):
    item: 'T'
    other: 'list[Box[T]]'
    tail: 'Optional[After]'

class After: pass
print(get_type_hints(Box))

# TypeVar bound and constraints given as strings
U = TypeVar('U', bound='After')
print(U.__bound__, type(U.__bound__).__name__)

# ForwardRef.evaluate with an owner: its module's globals, class namespace, type params
class Owner:
    Inner = int
    def meth[P](self): pass
print(ForwardRef('Inner').evaluate(owner=Owner))
print(ForwardRef('list[Later]').evaluate(owner=Owner))
print(ForwardRef('list[Later]', owner=Owner).evaluate())
print(ForwardRef('P').evaluate(owner=Owner.meth))
print(ForwardRef('After | None').evaluate(owner=k))
print(ForwardRef('After', module=__name__).evaluate())
try:
    ForwardRef('Later').evaluate()
except NameError as e:
    print('NameError', e)

# __forward_code__ and errors raised while evaluating
print(type(ForwardRef('list[int]').__forward_code__).__name__)
print(eval(ForwardRef('len("abc")').__forward_code__))
try:
    ForwardRef('(').__forward_code__
except SyntaxError as e:
    print('SyntaxError', e)
try:
    ForwardRef(3)
except TypeError as e:
    print('TypeError', e)
for text in ['1 / 0', 'int["x"]', 'undefined_fn()', '(lambda: 5)()']:
    try:
        print(repr(ForwardRef(text).evaluate(globals={})))
    except Exception as e:
        print(type(e).__name__, e)

class Bad:
    a: 'list[int'
    b: 'int'
try:
    get_type_hints(Bad)
except SyntaxError as e:
    print('SyntaxError', e)
class Later2:
    a: 'Annotated[list[Nowhere], 1]'
try:
    get_type_hints(Later2, include_extras=True)
except NameError as e:
    print('NameError', e)
