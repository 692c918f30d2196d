# generic functions and classes, type aliases
import dis


def first[T](items: list[T]) -> T:
    return items[0]


class Stack[T]:
    def push(self, item: T) -> None:
        pass


type Pair[K] = tuple[K, K]

dis.dis(first)
dis.dis(Stack)
print(type(Pair).__name__)
