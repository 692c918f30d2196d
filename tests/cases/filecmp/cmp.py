# cwd: tmp
# filecmp.cmp: shallow (the stat signature) and deep comparisons.
import filecmp
import os


def write(name, data, mtime=1000000):
    with open(name, "wb") as f:
        f.write(data)
    os.utime(name, (mtime, mtime))


write("a", b"same contents")
write("b", b"same contents")
write("c", b"other content")          # same size, other bytes
write("d", b"different length!")
write("e", b"same contents", 2000000)
write("big1", b"x" * 20000 + b"1")
write("big2", b"x" * 20000 + b"2")
os.mkdir("dir")
os.symlink("a", "link")

print(filecmp.cmp("a", "b"), filecmp.cmp("a", "b", shallow=False))
print(filecmp.cmp("a", "c"), filecmp.cmp("a", "c", shallow=False))     # shallow: same signature
print(filecmp.cmp("a", "d"), filecmp.cmp("a", "d", False))
print(filecmp.cmp("a", "e"), filecmp.cmp("a", "e", False))
print(filecmp.cmp("big1", "big2"), filecmp.cmp("big1", "big2", shallow=False))
print(filecmp.cmp("a", "a", False), filecmp.cmp("a", "link"), filecmp.cmp("link", "b", False))
print(filecmp.cmp("a", "dir"), filecmp.cmp("dir", "dir"))
os.mkfifo("fifo")
print(filecmp.cmp("fifo", "fifo"))
for args in (("a", "missing"), ("missing", "a"), (1, "a")):
    try:
        filecmp.cmp(*args)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
print(filecmp.cmp(b"a", b"b", shallow=False), filecmp.BUFSIZE)
