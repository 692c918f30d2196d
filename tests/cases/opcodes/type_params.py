# CALL_INTRINSIC_1/2 for type parameters (TypeVar, ParamSpec, TypeVarTuple,
# generic functions and classes, type aliases).
def first[T](items: list[T]) -> T:
    return items[0]

print(first([4, 5]), first.__type_params__)

class Box[T, *Ts, **P]:
    def get(self) -> T:
        return 1

print(Box.__type_params__)

type Pair[K, V = int] = tuple[K, V]
print(Pair.__name__, Pair.__type_params__, Pair.__value__)

def bounded[N: (int, float)](n: N) -> N:
    return n

print(bounded.__type_params__[0].__constraints__)
