# Round trips (and the bytes) of standard library objects: namedtuples,
# enums, datetime, decimal, fractions, collections, array.
import pickle
import collections
import datetime
import decimal
import enum
import fractions
import array

Point = collections.namedtuple('Point', 'x y')


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Perm(enum.IntFlag):
    R = 4
    W = 2


values = [
    Point(1, 2),
    Color.RED, Color.GREEN, Perm.R | Perm.W,
    datetime.date(2024, 2, 29),
    datetime.datetime(2020, 1, 2, 3, 4, 5, 6),
    datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone.utc),
    datetime.timedelta(days=3, seconds=7),
    datetime.time(12, 30),
    datetime.timezone(datetime.timedelta(hours=2), 'X'),
    decimal.Decimal('3.14159'), decimal.Decimal('-Infinity'),
    fractions.Fraction(3, 7),
    collections.OrderedDict(a=1, b=2),
    collections.deque([1, 2, 3], maxlen=5),
    collections.Counter('abracadabra'),
    collections.defaultdict(list, {'k': [1]}),
    array.array('i', [1, 2, 3]), array.array('d', [0.5]),
    range(1, 10, 3), slice(1, None, 2), complex(1, -2),
    pickle.PickleError,
    type(None), type(NotImplemented), type(...), None, NotImplemented, ...,
    int, str, len,
    ValueError('bad', 2), KeyError('k'),
]
for proto in range(6):
    for v in values:
        s = pickle.dumps(v, proto)
        r = pickle.loads(s)
        print(proto, repr(v), s if proto in (0, 2, 5) else len(s), r == v or r is v, type(r).__name__)
print(pickle.dumps([pickle.dumps, pickle.Pickler, pickle.UnpicklingError], 2))
