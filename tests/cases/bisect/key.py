# The key function: applied to the items looked at, and to x by insort only.
import bisect

people = [('ann', 23), ('bob', 31), ('cid', 31), ('dee', 45)]
age = lambda p: p[1]
for x in (20, 31, 40, 50):
    print(x, bisect.bisect_left(people, x, key=age), bisect.bisect_right(people, x, key=age))
bisect.insort(people, ('eve', 31), key=age)
bisect.insort_left(people, ('fay', 31), key=age)
bisect.insort_right(people, ('gus', 1), key=age)
print(people)
print(bisect.bisect_left(people, 31, 2, 5, key=age), bisect.bisect(people, 31, key=None))

calls = []
def key(v):
    calls.append(v)
    return v * 10

data = list(range(0, 100, 3))
print(bisect.bisect_left(data, 250, key=key), calls)
calls.clear()
print(bisect.bisect_right(data, 250, 5, 20, key=key), calls)
calls.clear()
bisect.insort(data, 25, key=key)
print(calls, data[:12])
calls.clear()
words = ['a', 'bb', 'ccc', 'dddd']
bisect.insort(words, 'xx', key=len)
bisect.insort_left(words, 'yy', key=len)
print(words, bisect.bisect(words, 3, key=len), bisect.bisect_left(words, 3, key=len))

def bad(v):
    raise ValueError('key of %r' % (v,))

for f in (bisect.bisect_left, bisect.insort_right):
    try:
        f([1, 2, 3], 5, key=bad)
    except ValueError as e:
        print(f.__name__, e)
try:
    bisect.insort([], 5, key=bad)
except ValueError as e:
    print('insort on empty', e)
try:
    bisect.insort([1], 5, -1, key=bad)
except ValueError as e:
    print('key before lo', e)
try:
    bisect.bisect([1, 2], 1, key=3)
except TypeError as e:
    print(e)
