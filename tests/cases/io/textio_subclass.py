# Subclasses of TextIOWrapper, and the repr with a mode attribute.
import _io


class Tagged(_io.TextIOWrapper):
    def readline(self, size=-1):
        line = super().readline(size)
        return line.upper()


t = Tagged(_io.BytesIO(b"ab\ncd\n"))
print(list(t))
t.mode = "r"
print(t)
t.name = "ignored"
print(t.__dict__)
w = _io.TextIOWrapper(_io.BytesIO())
w.mode = "w"
print(w)
print(isinstance(w, _io._TextIOBase), _io.TextIOWrapper.__mro__)
