# lib: arrcheck
import array, sys
from arrcheck import show
a = array.array('i', [1, 2, 3, 2, 1, 2])
print(a.count(2), a.count(9), a.count(2.0), a.count('2'))
for args in [(2,), (2, 2), (2, -1), (2, -3, -1), (2, 10), (1, 1, 4), (2, 0, 1), (2, -100, 100), (2, 0, sys.maxsize * 4),
             (2, None), (2, 0, 'x'), (2, 1.5), (), (2, 0, 1, 2)]:
    show(f"index{args}", lambda: a.index(*args))
show("count none", lambda: a.count())
show("count two", lambda: a.count(1, 2))
print(2 in a, 7 in a, None in a, 'x' in a, 2.0 in a, 2.5 in a)
class Eq:
    def __eq__(self, other): return other == 3
print(a.index(Eq()), a.count(Eq()), Eq() in a)
