# The sequence methods called directly raise what the operators raise,
# rather than returning NotImplemented.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


show("tuple + None", lambda: (1, 2).__add__(None))
show("list + None", lambda: [1].__add__(None))
show("str + int", lambda: "a".__add__(1))
show("bytes + int", lambda: b"a".__add__(1))
show("bytearray + int", lambda: bytearray(b"a").__add__(1))
show("bytes + str", lambda: b"a".__add__("b"))
show("tuple * str", lambda: (1,).__mul__("a"))
show("list * str", lambda: [1].__mul__("a"))
show("str * str", lambda: "a".__mul__("a"))
show("str rmul", lambda: "a".__rmul__(2))
show("list rmul float", lambda: [1].__rmul__(2.0))
show("tuple * True", lambda: (1,).__mul__(True))
show("bytearray iadd int", lambda: bytearray(b"a").__iadd__(3))
show("list iadd int", lambda: [1].__iadd__(3))
show("list iadd tuple", lambda: [1].__iadd__((2, 3)))
show("list imul", lambda: [1].__imul__(2))
show("list imul float", lambda: [1].__imul__(2.5))
show("str * -1", lambda: "ab".__mul__(-1))
show("tuple + tuple", lambda: (1, 2).__add__((3,)))
show("list + list", lambda: [1].__add__([2]))
show("range has no add", lambda: range(3).__add__)
show("operator tuple + None", lambda: (1, 2) + None)
show("operator None + tuple", lambda: None + (1, 2))
show("operator list * str", lambda: [1] * "a")


class Index:
    def __index__(self):
        return 3


show("list * __index__", lambda: [0].__mul__(Index()))
show("str rmul __index__", lambda: "xy".__rmul__(Index()))
