"""A socket stand-in for http.client cases: it records what is sent and
answers makefile() with a canned reply."""
import io
import http.client


class FakeSocket:
    def __init__(self, reply=b""):
        self.reply = reply
        self.sent = []
        self.closed = False

    def sendall(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self.sent.append(bytes(data))

    def setsockopt(self, *args):
        pass

    def makefile(self, mode, *args):
        return io.BufferedReader(io.BytesIO(self.reply))

    def close(self):
        self.closed = True

    def fileno(self):
        return 99

    def wire(self):
        return b"".join(self.sent)


class FakeConnection(http.client.HTTPConnection):
    """An HTTPConnection whose connect() makes a FakeSocket."""
    reply = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"

    def connect(self):
        self.sock = FakeSocket(self.reply)
        self.connects = getattr(self, "connects", 0) + 1
