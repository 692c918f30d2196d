# cwd: tmp
# A FileIO closes when it dies, and at exit; a failing close is reported.
import _io


def write(name, data):
    f = _io.FileIO(name, "w")
    f.write(data)
    return f.fileno()


fd = write("a", b"first")
print(_io.FileIO("a").read())
try:
    _io.FileIO(fd, closefd=False).read()
except OSError as e:
    print(type(e).__name__, e.errno)


class Noisy(_io.FileIO):
    def close(self):
        print("closing", self.name)
        super().close()
        raise ValueError("close failed")


n = Noisy("b", "w")
del n
print("after")
kept = Noisy("c", "w")
