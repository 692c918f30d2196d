# cls=: a JSONEncoder subclass with its own default, encode and
# iterencode; extra keyword arguments reach its constructor.
import json

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return {'set': sorted(o)}
        return super().default(o)

print(json.dumps({'s': {3, 1}}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([{2}]))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print('TypeError:', e)

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

print(json.dumps(['abc', {'k': 'v'}], cls=Upper))

class Chunky(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for piece in super().iterencode(o, _one_shot):
            yield piece.replace('1', 'one')

print(Chunky().encode([1, 21, '1']))

class Options(json.JSONEncoder):
    def __init__(self, *, tag='?', **kw):
        super().__init__(**kw)
        self.tag = tag
    def default(self, o):
        return self.tag

print(json.dumps([object()], cls=Options, tag='T', indent=0))
try:
    json.dumps(1, nonsense=True)
except TypeError as e:
    print('TypeError:', e)
print(json.JSONEncoder().encode('plain'), json.JSONEncoder(ensure_ascii=False).encode('\xe9'))
