# HTTPResponse bodies larger than the 1 MiB read step: whole, short by
# some bytes, chunked with a big chunk, readinto a big buffer
import io
import http.client


class FakeSocket:
    def __init__(self, data):
        self.data = data

    def makefile(self, mode, *args):
        return io.BufferedReader(io.BytesIO(self.data))


def response(head, body):
    r = http.client.HTTPResponse(FakeSocket(head + body))
    r.begin()
    return r


MiB = 1 << 20
body = bytes(range(256)) * (3 * MiB // 256 + 7)
size = len(body)
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size, body)
data = r.read()
print(len(data), data == body, r.isclosed(), r.length)
for missing in (1, MiB, MiB + 5, size - 10):
    r = response(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size, body[:size - missing])
    try:
        r.read()
    except http.client.IncompleteRead as e:
        print(repr(e), len(e.partial), e.expected, e.partial == body[:size - missing], r.isclosed())
r = response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
             b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (size, body, 3, b"end"))
data = r.read()
print(len(data), data == body + b"end")
r = response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", b"%x\r\n%s" % (size, body[:2 * MiB]))
try:
    r.read()
except http.client.IncompleteRead as e:
    print(repr(e), len(e.partial), e.expected)
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size, body)
buf = bytearray(size + 100)
print(r.readinto(buf), buf[:size] == body, r.isclosed())
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size, body)
print(len(r.read(2 * MiB)), len(r.read(2 * MiB)), r.read(5), r.isclosed())
