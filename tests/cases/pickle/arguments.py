# The functions' and classes' arguments: protocol None and negative,
# keywords, and the checks on their values.
import io
import pickle

print(pickle.dumps(1, None), pickle.dumps(1, -1), pickle.dumps(1, -5), pickle.dumps(1, protocol=0))
print(pickle.dumps((1,), 2, fix_imports=False), pickle.dumps(range(1), protocol=2, fix_imports=True))
buf = io.BytesIO()
pickle.dump([1], buf, protocol=1, fix_imports=False)
pickle.dump([2], file=buf, obj=None) if False else None
print(buf.getvalue())
buf.seek(0)
print(pickle.load(buf, fix_imports=False, encoding='latin1', errors='strict'))
print(pickle.loads(b'N.', fix_imports=False, encoding='utf-8', errors='ignore', buffers=None))
for bad in [6, 100, 2**70]:
    try:
        pickle.dumps(1, bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ['2', 1.5]:
    try:
        pickle.dumps(1, bad)
    except TypeError as e:
        print(e)
p = pickle.Pickler(io.BytesIO(), -1)
print(p.bin)


class IdxProto:
    def __index__(self):
        return 3


print(pickle.dumps(b'x', IdxProto()))
for kw in [{'encoding': None}, {'errors': 3}]:
    try:
        pickle.loads(b'N.', **kw)
    except TypeError as e:
        print(e)
    try:
        pickle.Unpickler(io.BytesIO(b'N.'), **kw)
    except TypeError as e:
        print(e)
print(pickle.Unpickler(io.BytesIO(b'K\x05.'), encoding='bytes').load())
