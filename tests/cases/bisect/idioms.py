# Searching idioms from the documentation: index, find_lt, find_ge, ...
import bisect

def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(x)

def find_lt(a, x):
    i = bisect.bisect_left(a, x)
    if i:
        return a[i - 1]
    raise ValueError(x)

def find_le(a, x):
    i = bisect.bisect_right(a, x)
    if i:
        return a[i - 1]
    raise ValueError(x)

def find_gt(a, x):
    i = bisect.bisect_right(a, x)
    if i != len(a):
        return a[i]
    raise ValueError(x)

def find_ge(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError(x)

a = [1, 3, 3, 5, 8, 13]
for f in (index, find_lt, find_le, find_gt, find_ge):
    out = []
    for x in (0, 1, 3, 4, 13, 14):
        try:
            out.append(f(a, x))
        except ValueError as e:
            out.append('ValueError(%s)' % e)
    print(f.__name__, out)

movies = [('Jaws', 1975), ('Titanic', 1997), ('The Birds', 1963), ('Aliens', 1986)]
by_year = sorted(movies, key=lambda m: m[1])
i = bisect.bisect_left(by_year, 1980, key=lambda m: m[1])
print(by_year[i])
