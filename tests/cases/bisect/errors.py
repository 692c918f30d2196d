# Argument errors, with CPython's messages.
import bisect

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for f in (bisect.bisect_left, bisect.bisect_right, bisect.insort_left, bisect.insort_right):
    attempt(f)
    attempt(f, [1, 2])
    attempt(f, [1, 2], 3, x=2)
    attempt(f, [1, 2], 3, 0, 2, len)
    attempt(f, a=[1, 2], x=3, key=None)
    attempt(f, [1, 2], 3, foo=1)
    attempt(f, 5, 5)
    attempt(f, 5, 5, -1)
    attempt(f, 5, 5, 0, 3)
    attempt(f, 5, 5, 0, 0)
    attempt(f, {1: 1}, 5)
    attempt(f, {1: 1}, 5, 0, 1)
    attempt(f, {}, 5, 0, 0)
    attempt(f, [1, 2], 'a')
    attempt(f, [1, 'a'], 2)
    attempt(f, None, 1)
print(bisect.bisect_left.__text_signature__, bisect.insort.__text_signature__)
