# cwd: tmp
# lazycache: a module's loader gives the source when the lines are first asked for.
import linecache


class Loader:
    def __init__(self, source):
        self.source = source
        self.calls = 0

    def get_source(self, name):
        self.calls += 1
        print("get_source", name)
        if isinstance(self.source, Exception):
            raise self.source
        return self.source


good = Loader("x = 1\ny = 2")
g = {"__name__": "mymod", "__loader__": good}
print(linecache.lazycache("mymod.py", g))
print(len(linecache.cache["mymod.py"]), callable(linecache.cache["mymod.py"][0]))
print(linecache.lazycache("mymod.py", g), good.calls)
print(linecache.getlines("mymod.py"))
print(linecache.cache["mymod.py"][0], linecache.cache["mymod.py"][1:])
print(linecache.lazycache("mymod.py", g))      # already read: not lazy any more
print(linecache.getline("mymod.py", 2), good.calls)

# the spec's name and loader come first
class Spec:
    name = "pkg.real"
    loader = Loader("from spec\n")
print(linecache.lazycache("spec.py", {"__name__": "other", "__spec__": Spec}))
print(linecache.getlines("spec.py"))

# no loader, no get_source, no name, pseudo-file names: nothing registered
print(linecache.lazycache("a.py", {"__name__": "a"}))
print(linecache.lazycache("b.py", {"__loader__": good}))
print(linecache.lazycache("c.py", None), linecache.lazycache("c.py", {}))
print(linecache.lazycache("<stdin>", g), linecache.lazycache("", g))
print(sorted(linecache.cache))

# a loader that fails or has nothing
print(linecache.getlines("bad.py", {"__name__": "bad", "__loader__": Loader(ImportError("no"))}))
print(linecache.getlines("none.py", {"__name__": "none", "__loader__": Loader(None)}))
print("bad.py" in linecache.cache, "none.py" in linecache.cache)

# a file on disk wins over the loader
with open("disk.py", "w") as f:
    f.write("on disk\n")
print(linecache.getlines("disk.py", {"__name__": "disk", "__loader__": good}), good.calls)
