# cwd: tmp
# getline and getlines: line numbers out of range, newlines, the cache's entries.
import linecache

with open("data.txt", "w", newline="") as f:
    f.write("first\r\nsecond\nthird")
print(linecache.getlines("data.txt"))
for n in (0, 1, 2, 3, 4, -1, 100):
    print(n, repr(linecache.getline("data.txt", n)))
size, mtime, lines, fullname = linecache.cache["data.txt"]
print(size, type(mtime).__name__, lines, fullname)
print(linecache.getlines("data.txt") is lines)

open("empty.txt", "w").close()
print(linecache.getlines("empty.txt"), linecache.cache["empty.txt"][0])

print(linecache.getlines("missing.txt"), "missing.txt" in linecache.cache)
print(linecache.getline("missing.txt", 1) == "")
print(linecache.getlines(""), linecache.getlines("<string>"), linecache.getlines("<stdin>"))
print(linecache.getlines("/no/such/dir/file.py"))
linecache.clearcache()
print(linecache.cache)
try:
    linecache.getline(5, 1)
except AttributeError as e:
    print("AttributeError:", e)
print(linecache.__all__)
