# list + list where the left list is a temporary (a literal, a
# comprehension's or a call's result): the result must be sized as a fresh
# concatenation (sys.getsizeof), and the right operand untouched.
import sys


def make(n):
    return [i * i for i in range(n)]


def rec(items):
    if len(items) <= 1:
        return items[:]
    mid = len(items) // 2
    return rec(items[mid:]) + [items[0]] + rec(items[1:mid])


right = [7, 8, 9]
for n in range(0, 12):
    r = make(n) + right
    print(n, r, sys.getsizeof(r), right)
    r2 = [x for x in range(n)] + []
    print(sys.getsizeof(r2), len(r2))
    r3 = [] + make(n)
    print(sys.getsizeof(r3))
e = [] + []
print(e, sys.getsizeof(e) == sys.getsizeof([]))
print(rec(list(range(10))))

# the left list also held by a name or another object: a new list each time
keep = make(4)
r = keep + right
print(r is keep, keep, r)
holder = [make(3)]
r = holder[0] + right
print(r is holder[0], holder, r)

# a chain of additions, and the same temporary on both sides
chain = [1] + [2] + make(3) + [3] + make(2)
print(chain, sys.getsizeof(chain))
t = make(3)
print(t + t, (lambda x: x + x)(make(2)))

# subclasses and other types keep their own __add__ / errors
class L(list):
    def __add__(self, other):
        return "L.__add__"

print(L([1]) + [2], [1] + L([2]), type([1] + L([2])).__name__)
for bad in ((1,), "s", None, 3):
    try:
        make(2) + bad
    except TypeError as e:
        print(e)

# += still extends in place (a different operation)
x = make(3)
alias = x
x += [5]
print(x is alias, alias)
