# Callbacks run at the moment the referent dies: when the last reference
# goes, in the middle of a statement, a function's return, a container's
# clearing
import weakref


class C:
    def __init__(self, name):
        self.name = name


def watch(obj):
    return weakref.ref(obj, lambda w, n=obj.name: print("  dead:", n))


def f():
    local = C("local")
    keep.append(watch(local))
    print("  leaving f")


keep = []
print("call f")
f()
print("list")
items = [C("i%d" % i) for i in range(3)]
keep += [watch(x) for x in items]
items.pop(1)
print("  popped")
items.clear()
print("dict")
d = {"k": C("dv")}
keep.append(watch(d["k"]))
d["k"] = None
print("rebinding")
x = C("x1")
keep.append(watch(x))
x = C("x2")
keep.append(watch(x))
del x
print("end")
