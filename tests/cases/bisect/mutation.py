# A key or __lt__ that changes the list while it is searched.
import bisect

data = list(range(10))

def shrinking_key(v):
    if len(data) > 3:
        data.pop()
    return v

try:
    print(bisect.bisect_left(data, 8, key=shrinking_key))
except IndexError as e:
    print('IndexError', e)
print(data)

data = list(range(10))
def growing_key(v):
    data.append(100)
    return v

print(bisect.bisect_right(data, 4, key=growing_key), len(data))
data = [1, 2, 3]
def clearing_key(v):
    data.clear()
    return v

try:
    bisect.insort(data, 2, key=clearing_key)
except IndexError as e:
    print('IndexError', e)
print(data)
data = [1, 2, 3, 4, 5, 6]
def clear_late(v):
    if v == 4:
        data.clear()
    return v
bisect.insort(data, 5, key=clear_late)
print(data)
