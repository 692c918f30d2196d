# A hundred handlers run in reverse order of registration.
import atexit

seen = []


def record(i):
    seen.append(i)
    if i == 0:
        print(seen == list(range(99, -1, -1)), len(seen))


for i in range(100):
    atexit.register(record, i)
print(atexit._ncallbacks())
