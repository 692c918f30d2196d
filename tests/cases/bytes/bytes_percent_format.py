# bytes % args and bytearray % args: every conversion, large widths and
# arguments (built once at their final size), bytes above 127 in the format
# and the arguments, mapping keys, and the errors.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        if len(r) > 60:
            r = (type(r).__name__, len(r), r[:20], r[-20:], len(r.strip()))
        print(label, "->", repr(r))


class B:
    def __bytes__(self):
        return b"<B\xff>"


class NotBytes:
    def __bytes__(self):
        return "str"


class Raises:
    def __bytes__(self):
        raise RuntimeError("no bytes")


class Idx:
    def __index__(self):
        return 65


N = 10 ** 6
big = b"\x80y" * N
cases = {
    "d": lambda: b"%d|%i|%u" % (1, -2, 3),
    "o x X": lambda: b"%o %x %X %#o %#x %#X" % (8, 255, 255, 8, 255, 255),
    "flags": lambda: b"[%+d][% d][%-5d][%05d][%+.3d]" % (1, 2, 3, -4, 5),
    "big int": lambda: b"%d %x" % (3 ** 100, -(7 ** 50)),
    "floats": lambda: b"%f %.2e %G %10.3f %-10.1f|" % (1.5, 12345.678, 1e-10, 3.14159, 2.5),
    "s": lambda: b"%s|%5s|%-5s|%.1s" % (b"ab", b"cd", b"ef", b"gh"),
    "b": lambda: b"%b %b" % (b"x", bytearray(b"y")),
    "s __bytes__": lambda: b"%s|%.2s|%6s" % (B(), B(), B()),
    "r a": lambda: b"%r %a %r" % ("é", "€", b"\xff"),
    "c": lambda: b"%c%c%c%3c|%-3c|" % (65, b"B", bytearray(b"C"), 68, Idx()),
    "high bytes": lambda: b"\xe9%s\xff%d\x80" % (b"\x81\xfe", 5),
    "percent": lambda: b"100%% %s" % b"sure",
    "empty": lambda: b"" % (),
    "one byte": lambda: b"%s" % b"\xff",
    "mapping": lambda: b"%(a)s %(b)d %(\xe9)s" % {b"a": b"x", b"b": 2, b"\xe9": b"e"},
    "mapping str key": lambda: b"%(a)s" % {"a": b"x"},
    "nested parens": lambda: b"%(a(b))s" % {b"a(b)": b"ok"},
    "bytearray fmt": lambda: bytearray(b"%s-%d") % (b"x", 1),
    "bytearray empty": lambda: bytearray(b"") % (),
    "subclass fmt": lambda: type("Sub", (bytes,), {})(b"%s!") % b"sub",
    "width N": lambda: b"%*d" % (N, 1),
    "left N": lambda: b"%-*s|" % (N, b"x"),
    "precision N": lambda: b"%.*d" % (N, 7),
    "zero pad N": lambda: b"%0*x" % (N, 255),
    "big arg": lambda: b"<%s>" % big,
    "big arg precision": lambda: b"<%.*s>" % (N, big),
    "big arg width": lambda: b"<%*b>" % (3 * N, big),
    "big format": lambda: big % (),
    "big format args": lambda: (big + b"%s" + big) % b"mid",
    "bytearray big": lambda: bytearray(big + b"%d") % 5,
    "float width N": lambda: b"%*.1f" % (N, 2.5),
    "c width N": lambda: b"%*c" % (N, 120),
    "r width N": lambda: b"%*r" % (N, "r"),
    # errors
    "s of str": lambda: b"%s" % "str",
    "s of int": lambda: b"%s" % 1,
    "b of list": lambda: b"%b" % [1],
    "s non-bytes __bytes__": lambda: b"%s" % NotBytes(),
    "s raising __bytes__": lambda: b"%s" % Raises(),
    "c 256": lambda: b"%c" % 256,
    "c -1": lambda: b"%c" % -1,
    "c two bytes": lambda: b"%c" % b"ab",
    "c str": lambda: b"%c" % "a",
    "d str": lambda: b"%d" % "1",
    "x float": lambda: b"%x" % 1.5,
    "f str": lambda: b"%f" % "1",
    "unsupported": lambda: b"ab%y" % 1,
    "unsupported high": lambda: b"\xe9\xe9%\xe9" % 1,
    "unsupported 0x7f": lambda: b"%\x7f" % 1,
    "unsupported after key": lambda: b"%(a)\xff" % {b"a": 1},
    "incomplete": lambda: b"abc%" % (),
    "incomplete flags": lambda: b"%-5" % 1,
    "incomplete key": lambda: b"%(abc" % {},
    "key without mapping": lambda: b"%(a)s" % (1,),
    "missing key": lambda: b"%(zz)s" % {b"a": 1},
    "not enough": lambda: b"%s %s" % (b"a",),
    "not all converted": lambda: b"%s" % (b"a", b"b"),
    "no specifier, args": lambda: b"abc" % (1,),
    "star not int": lambda: b"%*d" % ("5", 1),
    "star too big": lambda: b"%*d" % (2 ** 63, 1),
    "precision too big": lambda: b"%.*d" % (2 ** 31, 1),
    "width too big": lambda: b"%99999999999999999999d" % 1,
    "star with key": lambda: b"%(a)*d" % {b"a": 1},
    "bytearray error": lambda: bytearray(b"%q") % 1,
}
for label, f in cases.items():
    show(label, f)
print(type(bytearray(b"%s") % b"x").__name__, type(b"%s" % bytearray(b"x")).__name__)
print(b"x".__mod__(1), b"x".__rmod__(1), bytearray(b"%d").__mod__(3))

# the str counterparts of some errors
for fmt in ("%\x80", "%é", "%\x7f", "%\x1f", "%~", "%€", "ab%y"):
    try:
        fmt % 1
    except ValueError as e:
        print(ascii(fmt), e)
for f in (lambda: "%f" % "1", lambda: "%s" % (1, 2), lambda: "abc" % 1):
    try:
        f()
    except TypeError as e:
        print(e)
