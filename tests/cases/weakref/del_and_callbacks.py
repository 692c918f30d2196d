# __del__ runs before the references are cleared when a count drops to
# zero, and after they are cleared (their callbacks run) in a cycle
import gc
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "ref alive:", self.ref() is not None)


a = D("plain")
a.ref = weakref.ref(a, lambda w: print("callback plain"))
outer = weakref.ref(a, lambda w: print("outer callback plain"))
del a
print("--")
b = D("cycle")
b.me = b
b.ref = weakref.ref(b, lambda w: print("callback of garbage ref"))
outer = weakref.ref(b, lambda w: print("outer callback cycle"))
del b
gc.collect()
print(outer())
