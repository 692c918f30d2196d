# nsmallest and nlargest: n <= 0, n == 1, n >= len, iterators, keys, ties.
import heapq

data = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
for n in (-2, 0, 1, 2, 3, 7, 14, 15, 16, 100):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
    print(n, heapq.nsmallest(n, data, key=lambda v: -v), heapq.nlargest(n, data, key=lambda v: v % 4))
print(heapq.nsmallest(2, []), heapq.nlargest(2, iter([])), heapq.nsmallest(1, []), heapq.nlargest(1, iter([])))
print(heapq.nsmallest(3, 'hello world'), heapq.nlargest(3, 'hello world'))
print(heapq.nsmallest(3, {3: 'a', 1: 'b', 2: 'c', 0: 'd'}), heapq.nlargest(2, {3, 1, 2}))
print(heapq.nsmallest(4, range(1000)), heapq.nlargest(4, range(1000)))
print(heapq.nsmallest(2, (x * x for x in range(-5, 5))), heapq.nlargest(2, (x * x for x in range(-5, 5))))
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (1, 'e'), (1, 'f'), (0, 'g')]
for n in (1, 2, 3, 4, 7):
    print(n, heapq.nsmallest(n, pairs, key=lambda t: t[0]), heapq.nlargest(n, pairs, key=lambda t: t[0]))
    print(n, heapq.nsmallest(n, iter(pairs), key=lambda t: t[0]), heapq.nlargest(n, iter(pairs), key=lambda t: t[0]))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len), heapq.nlargest(3, words, key=str.lower))
print(heapq.nlargest(2, [[1], [1], [0]]), heapq.nsmallest(True, [3, 2]))
try:
    heapq.nsmallest(2.0, [3, 2, 1])
except TypeError as e:
    print(e)
