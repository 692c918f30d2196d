# An exception in close() while a stream dies is reported, not raised.
import io


class Bad(io.RawIOBase):
    def close(self):
        raise OSError("cannot close")


b = Bad()
del b
print("still running")


class Twice(io.RawIOBase):
    count = 0

    def close(self):
        Twice.count += 1
        super().close()


t = Twice()
t.close()
del t
print(Twice.count)
