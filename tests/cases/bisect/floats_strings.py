# Searching floats, strings, tuples and mixed int/float lists.
import bisect

grades = [60, 70, 80, 90]
def grade(score, letters='FDCBA'):
    return letters[bisect.bisect(grades, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59.9, 60.0]])

fl = [0.5, 1.0, 1.5, float('inf')]
print(bisect.bisect_left(fl, 1), bisect.bisect_right(fl, 1.0), bisect.bisect(fl, float('inf')), bisect.bisect_left(fl, -float('inf')))
nan = float('nan')
print(bisect.bisect_left(fl, nan), bisect.bisect_right(fl, nan))
words = sorted('the quick brown fox jumps over the lazy dog'.split())
print(words, bisect.bisect_left(words, 'the'), bisect.bisect_right(words, 'the'), bisect.bisect(words, 'cat'))
tups = [(1, 'a'), (1, 'c'), (2, 'a')]
print(bisect.bisect(tups, (1, 'b')), bisect.bisect_left(tups, (1,)), bisect.bisect_right(tups, (1, 'c')))
mixed = [1, 1.5, 2, 2.5, 3]
bisect.insort(mixed, 2.0)
bisect.insort_left(mixed, 2)
print(mixed)
big = [2 ** 64, 2 ** 65, 2 ** 66]
print(bisect.bisect(big, 2 ** 65), bisect.bisect_left(big, 2 ** 65 + 0.0), bisect.bisect(big, -2 ** 100))
