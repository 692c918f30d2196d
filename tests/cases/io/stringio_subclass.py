# Subclasses of StringIO: overridden readline drives iteration.
import _io


class Numbered(_io.StringIO):
    count = 0

    def readline(self, size=-1):
        line = super().readline(size)
        if line:
            self.count += 1
            return "%d: %s" % (self.count, line)
        return line


n = Numbered("a\nb\nc")
print(list(n))
print(isinstance(n, _io._TextIOBase), Numbered.__mro__)
n.note = "x"
print(n.__dict__)


class Shout(_io.StringIO):
    def write(self, s):
        return super().write(s.upper())


sh = Shout()
print(sh.write("hi"), sh.getvalue())
sh.writelines(["a", "b"])
print(sh.getvalue())
