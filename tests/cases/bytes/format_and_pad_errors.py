# bytes %-formatting with a bytes-like argument and no fields, and the fill
# argument of center/ljust/rjust.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


show("b % b", lambda: b"abc" % b"x")
show("b % bytearray", lambda: b"abc" % bytearray(b"x"))
show("bytearray % bytearray", lambda: bytearray(b"a b") % bytearray(b"xyz"))
show("b % str", lambda: b"abc" % "x")
show("b % list", lambda: b"abc" % [1])
show("b % dict", lambda: b"abc" % {1: 2})
show("b % dict key", lambda: b"%(k)s" % {b"k": b"v"})
show("str % bytes", lambda: "abc" % b"x")
show("str % str", lambda: "abc" % "x")
show("str % list", lambda: "abc" % [1])
show("b % b field", lambda: b"%s" % b"x")
show("center bytes 2", lambda: b"a".center(3, b"xy"))
show("center bytes 0", lambda: b"a".center(3, b""))
show("center bytearray 2", lambda: b"a".center(3, bytearray(b"xy")))
show("center str", lambda: b"a".center(3, "x"))
show("center int", lambda: b"a".center(3, 1))
show("ljust bytearray", lambda: bytearray(b"a").ljust(3, b"\x00\xff"))
show("rjust ok", lambda: bytearray(b"a").rjust(3, bytearray(b"-")))
show("center ok", lambda: b"a".center(4, b"*"))
