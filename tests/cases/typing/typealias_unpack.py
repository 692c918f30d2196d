# *A for a type alias A, and type aliases among generic arguments.
type Pair = tuple[int, int]
type Vec[T] = list[T]
print([*Pair], type([*Pair][0]).__name__, Vec[int], Vec[int].__value__ if False else '', Vec.__parameters__)
print(tuple[*Pair] if False else '', list[Vec[int]], Pair | None, Vec[str] | int)
