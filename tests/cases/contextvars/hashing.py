# A variable's hash mixes its identity with its name's hash, as CPython's;
# it never changes.
import contextvars
import sys

def pointer_hash(o):
    a = id(o)
    bits = 8 * sys.maxsize.bit_length() // 63 * 8 // 8
    rotated = ((a >> 4) | (a << 60)) & 0xFFFFFFFFFFFFFFFF
    if rotated >= 1 << 63:
        rotated -= 1 << 64
    return -2 if rotated == -1 else rotated

for name in ('a', 'longer name', ''):
    v = contextvars.ContextVar(name)
    h = hash(v)
    expected = pointer_hash(v) ^ hash(name)
    print(repr(name), h == expected or h == -2 and expected == -1, hash(v) == h)
    v.set(1)
    print(hash(v) == h)
print(len({contextvars.ContextVar('same') for _ in range(10)}))
