# Everyday use: star import, annotations everywhere, aliases at run time.
from typing import *
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    import nonexistent_module

T = TypeVar('T')

class Stack(Generic[T]):
    kind = 'lifo'

    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

IntStack = Stack[int]
s = IntStack()
s.push(1); s.push(2)
print(s.pop(), list(s), IntStack.kind, type(s).__name__, s.__orig_class__)
print(isinstance(s, Iterable), isinstance(s, Hashable), isinstance([], Hashable), isinstance({}, Mapping))
def total(values: Iterable[Union[int, float]], *, start: int = 0) -> float:
    return sum(values, start)
print(total([1, 2.5]), total.__annotations__)
Callback = Callable[[int], None]
Registry = Dict[str, List[Callback]]
print(Registry, Registry.__parameters__)
print(sorted(n for n in dir() if not n.startswith('_'))[:12])
