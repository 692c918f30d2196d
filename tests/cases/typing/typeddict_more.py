# TypedDict: generic ones, Annotated qualifiers, inheritance of totality, the functional form's checks.
from typing import TypedDict, Generic, TypeVar, Annotated, Required, NotRequired, ReadOnly, get_type_hints, List

T = TypeVar('T')

class Page(TypedDict, Generic[T]):
    items: List[T]
    cursor: NotRequired[str]

class Base(TypedDict, total=False):
    a: int
    b: Annotated[Required[int], 'meta']

class Child(Base):
    c: str
    d: ReadOnly[NotRequired[str]]

print(Page.__parameters__, Page[int], sorted(Page.__required_keys__), Page.__orig_bases__)
print(sorted(Child.__required_keys__), sorted(Child.__optional_keys__), sorted(Child.__readonly_keys__), Child.__total__)
print(Child(a=1, c='x'), get_type_hints(Child), Base.__bases__ if False else '')
print(type(Child).__name__, Child.__mro__ if False else '', issubclass(type(Child), type))
Movie = TypedDict('Movie', {'name': str, 'year': NotRequired[int]})
print(sorted(Movie.__required_keys__), Movie.__annotations__, Movie.__name__, Movie.__module__)
for bad in (lambda: TypedDict('X', {'a': 1}), lambda: TypedDict('X', {'a': int}, bad=True)):
    try:
        print(bad())
    except TypeError as e:
        print(e)
