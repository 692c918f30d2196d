# Iterating a generic alias gives it unpacked (*list[int]), once; unions
# subscript like mappings and are not iterable.

def params[T]():
    return T

T = params()

for alias in (list[int], tuple[int, str], dict[str, T], tuple[()]):
    items = list(alias)
    star = items[0]
    print(len(items), items, type(star).__name__, star.__unpacked__, alias.__unpacked__)
    print(star == alias, star != alias, star == next(iter(alias)), hash(star) == hash(alias))
    print(star.__origin__, star.__args__, star.__parameters__)
    print(star.__typing_unpacked_tuple_args__, alias.__typing_unpacked_tuple_args__)
    print(star | None, None | star, [*alias])

print((*list[int],))
it = iter(list[int])
print(next(it), next(it, "done"))

for value in (T | int, int | str, list[int] | None):
    try:
        print(list(value))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        for x in value:
            print(x)
    except TypeError as e:
        print(type(e).__name__, e)
