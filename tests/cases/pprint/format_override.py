# A subclass overriding format() changes how every value is written, in
# one-line text and in laid-out text alike.
import collections
import pprint


class HexPrinter(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, int) and not isinstance(obj, bool):
            return hex(obj), True, False
        return super().format(obj, context, maxlevels, level)


class Upper(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return super().format(obj, context, maxlevels, level)


class Counting(pprint.PrettyPrinter):
    calls = 0

    def format(self, obj, context, maxlevels, level):
        Counting.calls += 1
        return super().format(obj, context, maxlevels, level)


value = [10, [11, {12: 13}], (14,), collections.Counter(a=10, b=20)]
for width in (80, 10):
    print(HexPrinter(width=width).pformat(value))
    print(Upper(width=width).pformat({'key': ['abc def', 'ghi']}))
print(HexPrinter(width=10).pformat('abc def ghi jkl'))
print(HexPrinter(width=10).pformat(collections.deque([1, 'ab'], maxlen=6)))
print(HexPrinter(width=10).pformat(collections.defaultdict(None, a=12)))
print(HexPrinter().isreadable([1]), HexPrinter().isrecursive([1]))
Counting(width=10).pformat([[1, 2], {'a': 3}])
print(Counting.calls > 0)
