# Closing a buffered writer whose raw stream fails to write or close.
import io


class Failing(io.RawIOBase):
    def __init__(self, fail_write, fail_close):
        self.fail_write, self.fail_close = fail_write, fail_close

    def writable(self):
        return True

    def write(self, b):
        if self.fail_write:
            raise OSError("write failed")
        return len(b)

    def close(self):
        super().close()
        if self.fail_close:
            raise ValueError("close failed")


for fw, fc in ((False, False), (True, False), (False, True), (True, True)):
    w = io.BufferedWriter(Failing(fw, fc))
    w.write(b"data")
    try:
        w.close()
        print(fw, fc, "closed", w.closed)
    except Exception as e:
        ctx = e.__context__
        print(fw, fc, type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None, ctx)
        print("  closed:", w.closed)
