# Callbacks may make new references, drop other references and let other
# objects die; each reference's callback runs at most once
import weakref


class C:
    def __init__(self, name):
        self.name = name


a, b = C("a"), C("b")
refs = {}


def on_a(w):
    print("a died; dropping b's own reference")
    refs.pop("b2")
    global b
    b = None
    print("made a new reference to a fresh object:", weakref.ref(C("fresh"))() is None)


refs["a"] = weakref.ref(a, on_a)
refs["b"] = weakref.ref(b, lambda w: print("b died"))
refs["b2"] = weakref.ref(b, lambda w: print("never: this reference died first"))
a.partner = b
b = None
del a
print(sorted(refs), [r() for r in refs.values()])
