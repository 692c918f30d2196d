# Feeding data in pieces gives the digest of the whole.
import hashlib

data = bytes((i * 31 + 7) & 0xFF for i in range(10000))
for name in sorted(hashlib.algorithms_guaranteed):
    whole = hashlib.new(name, data)
    for step in (1, 63, 64, 65, 127, 128, 129, 1000):
        h = hashlib.new(name)
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        same = h.digest(32) == whole.digest(32) if name.startswith("shake") else h.digest() == whole.digest()
        if not same:
            print("MISMATCH", name, step)
    print(name, whole.hexdigest(16) if name.startswith("shake") else whole.hexdigest())
