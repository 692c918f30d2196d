# Memo indices past 255 and their references, in every protocol: the
# PUT/GET text forms, BINPUT/BINGET, LONG_BINPUT/LONG_BINGET and MEMOIZE.
import hashlib, pickle

items = [[i] for i in range(300)]
data = items + items[::-1] + [(items[0], items[299])]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(data, proto)
    back = pickle.loads(blob)
    print(proto, len(blob), hashlib.sha256(blob).hexdigest()[:16], back == data,
          back[0] is back[-2] is back[-1][0], back[299] is back[300] is back[-1][1])
print(pickle.dumps([[1], [2]] * 2, 0))
print(pickle.dumps([[1], [2]] * 2, 1))
