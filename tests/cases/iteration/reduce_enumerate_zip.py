# enumerate, zip, map and filter reduce to their type and arguments, the
# iterators they hold (which move on with them); zip and map add strict.
# lib: itershape
from itershape import show, attempt, drain

e = enumerate("abc", 5)
show("enumerate", e)
next(e)
show("enumerate midway", e)
print(e.__reduce__()[1][0].__reduce__())
drain(e)
show("enumerate finished", e)
for start in (2**63 - 1, 2**70, -2**70, True):
    e = enumerate("xy", start)
    next(e)
    print("start", start, e.__reduce__()[1][1])

z = zip("abc", [1, 2])
show("zip", z)
print(list(z))
show("zip finished", z)
show("zip()", zip())
z = zip([1], [2], strict=True)
show("zip strict", z)
for state in (0, 1, [], "x", None, 2.5):
    z.__setstate__(state)
    print("setstate", repr(state), z.__reduce__()[2:])
z = zip([1, 2], [3], strict=False)
z.__setstate__(True)
attempt("strict after setstate", lambda: list(z))

class Bad:
    def __bool__(self):
        raise ValueError("no truth")

attempt("zip setstate bad", lambda: zip().__setstate__(Bad()))
attempt("map setstate bad", lambda: map(abs, []).__setstate__(Bad()))

m = map(abs, [-1, -2, 3])
show("map", m)
next(m)
print(m.__reduce__()[1][1].__reduce__())
m = map(pow, [2, 3], [5, 6], strict=True)
show("map strict", m)
m.__setstate__(0)
show("map not strict", m)

f = filter(None, [0, 1, 0, 2])
show("filter", f)
next(f)
print(f.__reduce__()[1][1].__reduce__())
show("filter func", filter(str.isdigit, "a1"))

for base, args in [(enumerate, ("ab",)), (zip, ("ab", "cd")), (map, (len, ["ab"])),
                   (filter, (None, [1])), (reversed, ((1, 2, 3),))]:
    Sub = type("Sub" + base.__name__, (base,), {})
    obj = Sub(*args)
    obj.note = "not kept"
    show(Sub.__name__, obj)
    print("  ex(2)", obj.__reduce_ex__(2)[0].__name__, len(obj.__reduce_ex__(2)))

Sub = type("Subreversed", (reversed,), {})
show("reversed subclass over a list", Sub([1, 2, 3]))
