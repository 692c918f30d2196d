# TypedDict: class and functional forms, totality and qualifiers.
from typing import TypedDict, Required, NotRequired, ReadOnly, is_typeddict, get_type_hints

class Movie(TypedDict):
    title: str
    year: int

class Partial(TypedDict, total=False):
    rating: float
    tag: Required[str]

class Full(Movie, Partial):
    note: NotRequired[str]
    frozen: ReadOnly[int]

Point = TypedDict('Point', {'x': int, 'y': int})
Loose = TypedDict('Loose', {'a': int}, total=False)

for td in (Movie, Partial, Full, Point, Loose):
    print(td.__name__, td.__module__, td.__total__, sorted(td.__required_keys__), sorted(td.__optional_keys__),
          sorted(td.__readonly_keys__), sorted(td.__mutable_keys__), list(td.__annotations__))
m = Movie(title='Jaws', year=1975)
print(m, type(m), Point(x=1, y=2), Movie.__bases__ if False else '', is_typeddict(Movie), is_typeddict(dict))
print(Full.__annotations__['note'], Movie.__orig_bases__ if hasattr(Movie, '__orig_bases__') else '-')
print(get_type_hints(Full)['frozen'], get_type_hints(Full, include_extras=True)['frozen'])
try:
    isinstance(m, Movie)
except TypeError as e:
    print(e)
try:
    class Bad(TypedDict, int): pass
except TypeError as e:
    print(e)
