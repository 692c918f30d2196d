# cwd: tmp
# A subclass with a __del__ of its own: the base class's closing is its
# business (CPython's FileIO still closes the descriptor).
import io


class Own(io.FileIO):
    def __del__(self):
        print("own __del__, closed:", self.closed)

    def close(self):
        print("close called")
        super().close()


o = Own("f", "w")
o.write(b"x")
del o
print("after")


class Chained(io.FileIO):
    def __del__(self):
        print("chained __del__")
        super().__del__()

    def close(self):
        print("chained close")
        super().close()


c = Chained("g", "w")
del c
print("end")
