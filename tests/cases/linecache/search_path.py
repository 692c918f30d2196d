# cwd: tmp
# A relative name not found from the current directory is looked for along
# sys.path, as an import would; an absolute one is not.
import linecache
import os
import sys

os.makedirs("lib/pkg")
with open("lib/pkg/mod.py", "w") as f:
    f.write("def f():\n    return 1\n")
with open("lib/top.txt", "w") as f:
    f.write("top\n")
here = os.getcwd()

print(linecache.getlines("pkg/mod.py"))
sys.path.insert(0, os.path.join(here, "lib"))
sys.path.insert(0, 12345)          # entries that are not strings are skipped
print(linecache.getlines("pkg/mod.py"))
size, mtime, lines, fullname = linecache.cache["pkg/mod.py"]
print(size, os.path.relpath(fullname, here))
print(linecache.getline("top.txt", 1), end="")
print(linecache.getlines(os.path.join(here, "elsewhere", "top.txt")))

# the current directory wins over sys.path
with open("top.txt", "w") as f:
    f.write("here\n")
linecache.checkcache("top.txt")
print(linecache.getline("top.txt", 1), end="")
linecache.clearcache()
print(linecache.getline("top.txt", 1), end="")
print(linecache.cache["top.txt"][3])

# a lazy entry is replaced by the file when the file exists
class Loader:
    def get_source(self, name):
        return "from the loader\n"


print(linecache.lazycache("lazy.py", {"__name__": "lazy", "__loader__": Loader()}))
with open("lazy.py", "w") as f:
    f.write("from the file\n")
print(linecache.getlines("lazy.py"), linecache.cache["lazy.py"][1] is None)
print(linecache.lazycache("gone.py", {"__name__": "gone", "__loader__": Loader()}))
print(linecache.getlines("gone.py"), linecache.cache["gone.py"][1] is None)
linecache.checkcache()
print(sorted(linecache.cache))
