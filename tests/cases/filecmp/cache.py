# cwd: tmp
# The cache of deep comparisons: keyed by the names and their stat signatures.
import filecmp
import os


def write(name, data, mtime):
    with open(name, "wb") as f:
        f.write(data)
    os.utime(name, (mtime, mtime))


filecmp.clear_cache()
write("a", b"0123456789", 100)
write("b", b"0123456789", 200)
print(filecmp.cmp("a", "b", shallow=False), len(filecmp._cache))
key = next(iter(filecmp._cache))
print(key[:2], key[2][1:], key[3][1:])
print(filecmp.cmp("a", "b", shallow=False), len(filecmp._cache))
# a change that keeps size and mtime is not seen: the cached answer stands
write("b", b"ABCDEFGHIJ", 200)
print(filecmp.cmp("a", "b", shallow=False))
# a new mtime makes a new key
write("b", b"ABCDEFGHIJ", 300)
print(filecmp.cmp("a", "b", shallow=False), len(filecmp._cache))
filecmp.clear_cache()
print(filecmp._cache)
write("b", b"0123456789", 200)
print(filecmp.cmp("a", "b", shallow=False))
# a shallow match never reads the files or fills the cache
write("c", b"0123456789", 100)
filecmp.clear_cache()
print(filecmp.cmp("a", "c"), filecmp._cache)
# the cache is emptied when it grows past 100 entries
for i in range(105):
    write("f%d" % i, b"0123456789", 400 + i)
    filecmp.cmp("a", "f%d" % i, shallow=False)
print(len(filecmp._cache))
