# The module's names, documents and signatures.
import heapq
import _heapq

print(heapq.__all__)
print([n for n in dir(heapq) if not n.startswith('__')])
print(sorted(n for n in dir(_heapq) if not n.startswith('__')))
print(heapq.__doc__)
print(_heapq.__doc__)
print(heapq.__about__ == _heapq.__about__, len(heapq.__about__), len(_heapq.__about__))
print(heapq.__about__[:300])
print(heapq.__about__[-300:])
print(_heapq.__about__[2500:2800])
for name in sorted(n for n in dir(_heapq) if n.startswith('heap')):
    f = getattr(_heapq, name)
    print(name, f is getattr(heapq, name), repr(f), f.__module__, f.__text_signature__)
    print(f.__doc__)
for f in (heapq.merge, heapq.nsmallest, heapq.nlargest):
    print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__kwdefaults__)
    print(f.__doc__)
print(heapq.__name__, heapq.__spec__.name, heapq.__package__)
print(type(heapq._siftdown).__name__, type(heapq._siftup_max).__name__)
