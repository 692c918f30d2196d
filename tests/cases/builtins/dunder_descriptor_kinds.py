# which dunders of the built-in containers are slot wrappers and which methods
import collections, array
for t in (list, dict, tuple, str, bytes, bytearray, range, memoryview, collections.deque, collections.OrderedDict,
          collections.defaultdict, array.array, type({}.keys()), type(''.join)):
    for n in ('__getitem__', '__contains__', '__len__', '__iter__', '__setitem__', '__delitem__', '__reversed__',
              '__class_getitem__', '__init__', '__new__', '__eq__', '__add__', '__iadd__', '__mul__', '__imul__',
              '__rmul__', '__hash__', '__repr__', '__or__', '__ior__', '__ror__', '__format__', '__getnewargs__',
              '__mod__'):
        v = t.__dict__.get(n)
        if v is not None:
            print(t.__name__, n, type(v).__name__)
