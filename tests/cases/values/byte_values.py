# A byte given as an int-like value: range and __index__ errors of
# bytearray methods and of `in` on bytes.


class Index:
    def __index__(self):
        return 7


class Raising:
    def __index__(self):
        raise KeyError("from __index__")


actions = [
    ("append", lambda v: bytearray().append(v)),
    ("setitem", lambda v: bytearray(b"x").__setitem__(0, v)),
    ("count", lambda v: b"abc\x07".count(v)),
    ("in", lambda v: v in b"abc\x07"),
    ("in bytearray", lambda v: v in bytearray(b"\x07")),
    ("insert", lambda v: bytearray(b"ab").insert(0, v)),
    ("remove", lambda v: bytearray(b"ab\x07").remove(v)),
    ("bytes", lambda v: bytes([v])),
]
for v in (0, 7, 255, 256, -1, 2**70, Index(), Raising(), "a", 1.5, True):
    shown = type(v).__name__ if isinstance(v, (Index, Raising)) else repr(v)
    for name, action in actions:
        try:
            print(shown, name, action(v))
        except Exception as e:
            print(shown, name, type(e).__name__, e)
