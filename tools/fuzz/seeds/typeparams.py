def first[T](items: list[T]) -> T:
    return items[0]


class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


type Pair[K, V] = tuple[K, V]
type Num = list[int]

print(first([3, 4]), Box(5).get(), Box.__type_params__, first.__type_params__)
print(Pair.__value__, Pair.__type_params__, Num.__value__, list[int], dict[str, int])


def annotated(a: int, b: "str" = "x") -> None:
    pass


print(annotated.__annotations__)


class A:
    x: int
    y: str = "s"


print(A.__annotations__)
