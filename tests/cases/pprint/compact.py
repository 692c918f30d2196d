# compact=True packs as many items on a line as fit.
import pprint

values = [list(range(60)), tuple(range(60)),
          [1, 2, list(range(20)), 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
          [list(range(20)), 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]
for n in (7, 77, 777, 7777, 77777):
    values.append([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6,
                    6, 7, 7, n]])
    values.append([[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5,
                     6, 6, 7, 7, n]]])
values.append(['a' * 17, 'b' * 16, 'c' * 15, 'd' * 30])
values.append({i: list(range(i)) for i in range(9)})
values.append([[1, 2, 3] * 5, (4, 5, 6) * 5, 'abc def ' * 5])
for value in values:
    for width in (10, 20, 33):
        for indent in (1, 3):
            print(width, indent)
            print(pprint.pformat(value, width=width, indent=indent,
                                 compact=True))
