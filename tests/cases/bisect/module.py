# The modules' names and documents.
import bisect
import _bisect

print(sorted(n for n in dir(bisect) if not n.startswith('__')))
print(sorted(n for n in dir(_bisect) if not n.startswith('__')))
print(bisect.__doc__)
print(_bisect.__doc__)
print(hasattr(bisect, '__all__'))
for name in ('bisect_left', 'bisect_right', 'insort_left', 'insort_right'):
    f = getattr(_bisect, name)
    print(name, f is getattr(bisect, name), repr(f), f.__module__, f.__name__, f.__text_signature__)
    print(f.__doc__)
print(bisect.bisect.__name__, bisect.insort.__name__, repr(bisect.bisect), repr(bisect.insort))
print(bisect.__name__, bisect.__spec__.name, type(bisect.__loader__).__name__ == type(bisect.__spec__.loader).__name__)
