# The constructors of the collections, with their argument errors.
from collections import deque, defaultdict, OrderedDict, Counter
for f in (lambda: deque(iterable=[1]), lambda: deque([1], maxlen=None), lambda: deque(maxlen=3, iterable='ab'),
          lambda: deque([], 2, maxlen=3), lambda: deque(None), lambda: deque.__new__(deque, 1, 2, 3),
          lambda: deque().__init__([5], 1), lambda: defaultdict.__new__(defaultdict, 5),
          lambda: OrderedDict.__new__(OrderedDict, 1, 2), lambda: Counter(None), lambda: Counter(5),
          lambda: Counter([1], [2]), lambda: Counter(self=1, iterable=2)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
