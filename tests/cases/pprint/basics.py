# Lists, tuples and dicts: one line when they fit, else one item a line,
# at several widths and indents.
import pprint

values = [
    list(range(25)),
    tuple(range(25)),
    (1,),
    ([1, 2, 3] * 5,),
    {'alpha': list(range(12)), 'beta': (1, 2, 3), 'gamma': {'x': 1}},
    [[1, 2, [3, 4, [5, 6, [7, 8]]]], 'tail'],
    {(1, 2): [3, 4], 'k' * 30: 'v' * 30},
    [[], (), {}, [[]], ((),), {1: {}}],
]
for value in values:
    for width in (1, 10, 20, 40, 80):
        for indent in (0, 1, 4):
            print(width, indent)
            print(pprint.pformat(value, width=width, indent=indent))
print(pprint.pformat(list(range(40)), width=-5))
print(pprint.pformat(list(range(40)), indent=2.7, width=30.9))
print(pprint.pformat(list(range(40)), indent=True, width=35))
