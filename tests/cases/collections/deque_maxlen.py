from collections import deque

d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend(range(20, 25))
print(d)
d.extendleft('ab')
print(d)
for n in range(6):
    e = deque([1, 2], maxlen=5)
    e *= n
    print(n, e)
print(deque([1, 2], maxlen=3) * 2, deque([1, 2, 3], maxlen=3) + deque([4]))
z = deque(maxlen=0)
z.append(1)
z.extend(range(5))
z.appendleft(2)
print(z, len(z))
print(deque([1], maxlen=None).maxlen, deque(maxlen=2.0 .__int__()).maxlen)
for bad in (-1, 'a', 2.5):
    try:
        deque(maxlen=bad)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 3)
except IndexError as ex:
    print('IndexError', ex)
print(full.copy(), deque(full, 5), deque(full).maxlen)
f = deque(maxlen=4)
for i in range(10):
    f.append(i)
    f.rotate(1)
print(f)
f.__init__([7, 8])
print(f, f.maxlen)
f.__init__('xyz', 2)
print(f, f.maxlen)
