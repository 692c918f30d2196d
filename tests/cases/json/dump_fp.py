# dump writes the document piece by piece to anything with write().
import json
import io

class Recorder:
    def __init__(self):
        self.pieces = []
    def write(self, s):
        self.pieces.append(s)

for kw in [{}, {'indent': 2}, {'sort_keys': True, 'separators': (',', ':')}]:
    r = Recorder()
    print(json.dump({'b': [1, 2.5, None], 'a': {'c': 'd'}, 'e': []}, r, **kw))
    print(r.pieces)
buf = io.StringIO()
json.dump([1, 'two', {'three': 3}], buf, ensure_ascii=False)
print(buf.getvalue())
r = Recorder()
json.dump('scalar', r)
json.dump(4, r)
print(r.pieces)
try:
    json.dump([1, object()], Recorder())
except TypeError as e:
    print('TypeError:', e)
try:
    json.dump([1], None)
except AttributeError as e:
    print('AttributeError:', e)
