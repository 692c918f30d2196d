# heapq.merge is a generator: inputs are opened, advanced and key()ed
# only as output is asked for, and errors come out at that point.
import heapq

def source(name, values):
    print('start', name)
    for v in values:
        print('next', name, v)
        yield v
    print('end', name)

def key(v):
    print('key', v)
    return v

m = heapq.merge(source('a', [1, 3]), source('b', [2]), source('c', []))
print('made')
print(next(m))
print(list(m))
print(list(heapq.merge(source('a', [1, 3]), source('b', [2, 4]), key=key)))
print(list(heapq.merge(source('a', [3, 1]), source('b', [4, 2]), key=key, reverse=True)))

m = heapq.merge(1, [2])
print('no error yet')
try:
    list(m)
except TypeError as e:
    print(e)
try:
    list(heapq.merge([1], ['a']))
except TypeError as e:
    print(e)
try:
    heapq.merge([1], foo=2)
except TypeError as e:
    print(e)
try:
    list(heapq.merge([1, 2], [3], key=lambda v: 1 / (v - 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

def failing():
    yield 1
    raise KeyError('boom')

try:
    print(list(heapq.merge(failing(), [0, 5])))
except KeyError as e:
    print('KeyError', e)
