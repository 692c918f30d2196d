# %c in str and bytes %-formatting: a character, a single byte, or an
# int-like value in range; CPython's errors for the rest.


class Index:
    def __index__(self):
        return 65


class Huge:
    def __index__(self):
        return 2**70


class Raising:
    def __index__(self):
        raise ValueError("from __index__")


values = [65, 0, 255, 256, 0x10FFFF, 0x110000, -1, Index(), Huge(), Raising(), "x", "xy", b"x", b"xy",
          bytearray(b"z"), 1.5, True, 2**100, None]
for fmt in ("%c", b"%c", "%-3c|", b"%3c|"):
    for v in values:
        shown = type(v).__name__ if isinstance(v, (Index, Huge, Raising)) else repr(v)
        try:
            print(repr(fmt), shown, repr(fmt % v))
        except Exception as e:
            print(repr(fmt), shown, type(e).__name__ + ":", e)
