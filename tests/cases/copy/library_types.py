# copy and deepcopy of the library's own types: collections, namespaces, partials, exceptions, enums.
import copy, collections, types, enum, _functools as functools, operator, sys
dq = collections.deque([1, [2]], maxlen=5)
for obj in [dq, collections.OrderedDict(a=[1]), collections.defaultdict(list, a=[1]), collections.Counter("abca"),
            collections.namedtuple("P", "x y")(1, [2]), collections.ChainMap({"a": [1]}, {"b": 2}),
            collections.UserList([1, [2]]), collections.UserDict(a=[1]), collections.UserString("s"),
            types.SimpleNamespace(a=[1]), functools.partial(int, base=2), operator.itemgetter(1), range(3), slice(1, [2]),
            sys.version_info, ValueError("x", [1]), OSError(2, "nf"), KeyError("k")]:
    for fn in (copy.copy, copy.deepcopy):
        try:
            c = fn(obj)
            print(type(obj).__name__, fn.__name__, repr(c), c == obj, c is obj)
        except Exception as e:
            print(type(obj).__name__, fn.__name__, type(e).__name__, e)
class Color(enum.Enum):
    RED = 1
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(int) is int, copy.deepcopy(len) is len)
