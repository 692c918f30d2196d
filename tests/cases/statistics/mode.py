# mode and multimode over numbers and other hashable values.
import statistics

for data in ([1, 1, 2, 3, 3, 3, 3, 4], ["red", "blue", "blue", "red", "green", "red", "red"],
             ['red', 'red', 'green', 'blue', 'blue'], 'aabbbbbbbbcc', [2.5],
             iter([(1, 2), (1, 2), None]), range(5), [1, 1.0, True]):
    print(repr(statistics.mode(data)))
for data in ('aabbbbbbbbcc', 'aabbbbccddddeeffffgg', '', [], range(4),
             iter([3, 1, 3, 1, 2]), [1, 1.0, True, 2]):
    print(statistics.multimode(data))
for bad in ([], iter([]), [[1], [2]]):
    try:
        statistics.mode(bad)
    except Exception as e:
        print(type(e).__name__, e)
