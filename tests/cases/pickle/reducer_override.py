# reducer_override: called for objects the pickler has no opcode for, and
# NotImplemented falls back to the normal reduction.
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def make_point(x, y):
    return Point(x, y)


class P(pickle.Pickler):
    calls = []

    def reducer_override(self, obj):
        P.calls.append(type(obj).__name__)
        if isinstance(obj, Point):
            return make_point, (obj.x, obj.y)
        if obj is len:
            return 'len'
        return NotImplemented


for proto in (0, 2, 5):
    P.calls.clear()
    buf = io.BytesIO()
    P(buf, proto).dump([Point(1, 2), 3, 'str', (4.5,), len, make_point, type, Point])
    print(proto, buf.getvalue())
    print(P.calls)
    r = pickle.loads(buf.getvalue())
    print(type(r[0]).__name__, r[0].x, r[0].y, r[4] is len, r[6] is type)


class Bad(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 'boom':
            raise KeyError('from override')
        if isinstance(obj, Point):
            return 17
        return NotImplemented


for obj in [[Point(0, 0)], {'k': Point(0, 0)}]:
    try:
        Bad(io.BytesIO(), 4).dump(obj)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))
