# A reference being freed gets no callback, even when freeing its own
# fields ends its referent
import weakref


class Target:
    pass


class Holder:
    def __del__(self):
        global target
        print("holder freed; dropping the target")
        target = None


class Slotted(weakref.ref):
    __slots__ = ("holder",)


class WithDict(weakref.ref):
    pass


for cls in (Slotted, WithDict):
    target = Target()
    watcher = weakref.ref(target, lambda w: print("  watcher callback"))
    r = cls(target, lambda w: print("  never called"))
    r.holder = Holder()
    del r
    print(cls.__name__, "done", watcher())
