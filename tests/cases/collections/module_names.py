import collections
import _collections

print(collections.__all__)
print(sorted(n for n in collections.__all__ if not hasattr(collections, n)))
for name in collections.__all__:
    obj = getattr(collections, name)
    print(name, obj.__module__, obj.__qualname__, type(obj).__name__)
print(collections.deque is _collections.deque, collections.defaultdict is _collections.defaultdict,
      collections.OrderedDict is _collections.OrderedDict)
print(collections.abc.Mapping, collections.abc.__name__)
