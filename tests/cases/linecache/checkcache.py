# cwd: tmp
# checkcache drops entries whose file changed or went away, and keeps the rest.
import linecache
import os

for name, text in (("a.txt", "one\n"), ("b.txt", "two\n"), ("c.txt", "three\n")):
    with open(name, "w") as f:
        f.write(text)
    linecache.getlines(name)
print(sorted(linecache.cache))

with open("a.txt", "w") as f:
    f.write("changed and longer\n")
os.remove("b.txt")
print(linecache.getline("a.txt", 1), end="")    # still the cached line
linecache.checkcache("b.txt")
print(sorted(linecache.cache))
linecache.checkcache()
print(sorted(linecache.cache))
print(linecache.getline("a.txt", 1), end="")
linecache.checkcache("not-cached.txt")

# a file whose mtime changes but size does not
with open("c.txt", "w") as f:
    f.write("THREE\n")
os.utime("c.txt", (0, 12345))
linecache.checkcache("c.txt")
print(sorted(linecache.cache))
print(linecache.updatecache("c.txt"), linecache.cache["c.txt"][1])
print(linecache.updatecache("<x>"), linecache.updatecache("gone.txt"))
