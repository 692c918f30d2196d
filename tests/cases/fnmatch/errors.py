# The errors of bad arguments, as CPython words them.
import fnmatch

def attempt(f, *args):
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for args in [(1, '*'), ('a', 1), (None, None), (['a'], '*')]:
    attempt(fnmatch.fnmatch, *args)
    attempt(fnmatch.fnmatchcase, *args)
for args in [([1], '*'), (['a'], 1), ([], 3), (None, '*'), (5, 'a')]:
    attempt(fnmatch.filter, *args)
    attempt(fnmatch.filterfalse, *args)
attempt(fnmatch.translate, 1)
attempt(fnmatch.translate, None)
try:
    fnmatch.fnmatch('a')
except TypeError as e:
    print(e)
