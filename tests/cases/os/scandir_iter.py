# cwd: tmp
# The scandir iterator protocol: exhaustion, close while iterating, many entries.
import os

for i in range(300):
    os.close(os.open('f%03d' % i, os.O_CREAT | os.O_WRONLY))
it = os.scandir()
print(iter(it) is it)
names = [e.name for e in it]
print(len(names), sorted(names)[:3], sorted(names)[-1])
try:
    next(it)
except StopIteration:
    print('exhausted')
it = os.scandir('.')
first = next(it)
it.close()
print(list(it), first.name.startswith('f'))
with os.scandir() as it:
    n = sum(1 for e in it if e.is_file())
print(n)
print(len(os.listdir()), sorted(os.listdir())[150])
