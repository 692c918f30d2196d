# _io.IncrementalNewlineDecoder over no decoder and over one in Python.
import _io

d = _io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\r", True)), d.newlines, d.getstate())
d.setstate((b"", 1))
print(repr(d.decode("x")), d.getstate())
d.reset()
print(d.newlines, d.getstate())
for text in ("a\nb", "a\rb", "a\r\nb", "a\n\rb\r\n", "\r"):
    for translate in (True, False):
        dec = _io.IncrementalNewlineDecoder(None, translate)
        print(repr(text), translate, repr(dec.decode(text)), repr(dec.decode("", final=True)), dec.newlines)
try:
    _io.IncrementalNewlineDecoder(None)
except TypeError as e:
    print(e)
try:
    d.decode(b"x")
except TypeError as e:
    print(e)


class Dec:
    def decode(self, b, final=False):
        return b.decode()

    def getstate(self):
        return (b"zz", 3)

    def setstate(self, s):
        print("setstate", s)

    def reset(self):
        print("reset")


e = _io.IncrementalNewlineDecoder(Dec(), False)
print(repr(e.decode(b"a\r\nb\r")), e.getstate(), e.newlines)
e.setstate((b"q", 5))
e.reset()
try:
    e.setstate(5)
except TypeError as ex:
    print(ex)
print(repr(d.decode("", final=True)), repr(d.decode(input="k")))
