# Frames of special methods called from C count toward the limit like any
# other Python frame: the depth reached is the same.
import sys
count = 0

class R:
    def __repr__(self):
        global count
        count += 1
        return repr(self)

    def __eq__(self, other):
        global count
        count += 1
        return self == other

    def __getattr__(self, name):
        global count
        count += 1
        return getattr(self, name)

    def __len__(self):
        global count
        count += 1
        return len(self)

for name, op in [("repr", repr), ("eq", lambda r: r == 1), ("getattr", lambda r: r.x), ("len", len)]:
    count = 0
    try:
        op(R())
    except RecursionError as e:
        print(name, count, e)

def key(v):
    global count
    count += 1
    return key(v)

count = 0
try:
    sorted([1], key=key)
except RecursionError:
    print("key", count)

sys.setrecursionlimit(200)
count = 0
try:
    repr(R())
except RecursionError:
    print("repr at 200", count)
