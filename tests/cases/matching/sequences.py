def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x},{y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3, 4], range(3), "ab", b"ab", {1, 2}, 5, (9, (8, 7))]:
    print(repr(v), shape(v))
def nested(v):
    match v:
        case [(a, b), [c, *_]]:
            return a + b + c
        case [*_, ("k", value)]:
            return value
    return None
print(nested([(1, 2), [3, 4, 5]]), nested([0, 0, ("k", "found")]), nested([1]))
