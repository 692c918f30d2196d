# HTTPResponse over a fake socket: status lines, headers, lengths, will_close
import http.client
import io


class FakeSocket:
    def __init__(self, data):
        self.data = data
        self.files = []

    def makefile(self, mode, *args):
        f = io.BufferedReader(io.BytesIO(self.data))
        self.files.append(f)
        return f


def response(data, method=None):
    r = http.client.HTTPResponse(FakeSocket(data), method=method)
    r.begin()
    return r


r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello extra")
print(r.status, r.reason, r.version, r.code, r.will_close, r.chunked, r.length, r.closed, r.isclosed())
print(r.getheader("content-type"), r.getheader("X-Missing"), r.getheader("X-Missing", "dflt"))
print(r.getheaders())
print(type(r.headers).__name__, type(r.msg).__name__, r.headers is r.msg, r.info() is r.headers)
print(r.getcode(), r.readable())
print(r.read(), r.length, r.isclosed(), r.read(), r.read(3))

r = response(b"HTTP/1.0 404 Not Found\r\nX-A: 1\r\nX-A: 2\r\n\r\nrest of body\nline2\n")
print(r.status, r.reason, r.version, r.will_close, r.length)
print(r.getheader("x-a"), r.getheader("X-A", None), r.headers.get_all("x-a"))
print(r.getheader("x-b", ["p", "q"]), r.getheader("x-b", 7))
print(r.read(4), r.read(4), r.read(), r.isclosed())

r = response(b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 3\r\n\r\nabc")
print(r.will_close, r.length)
r = response(b"HTTP/1.0 200 OK\r\nKeep-Alive: timeout=5\r\nContent-Length: 3\r\n\r\nabc")
print(r.will_close)
r = response(b"HTTP/1.0 200 OK\r\nProxy-Connection: Keep-Alive\r\nContent-Length: 3\r\n\r\nabc")
print(r.will_close)
r = response(b"HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 3\r\n\r\nabc")
print(r.will_close)
r = response(b"HTTP/1.1 200 OK\r\n\r\nuntil eof")
print(r.will_close, r.length, r.read())
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\nxyz")
print(r.length, r.will_close, r.read())
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\nxyz")
print(r.length, r.read())
r = response(b"HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n")
print(r.length, r.will_close, r.read())
r = response(b"HTTP/1.1 304 Not Modified\r\n\r\n")
print(r.length, r.read())
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789", method="HEAD")
print(r.length, r.read(), r.isclosed(), r.readinto(bytearray(3)), r.peek(), r.readline())
r = response(b"HTTP/1.1 100 Continue\r\nX: y\r\n\r\nHTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok")
print(r.status, r.reason, r.read())
r = response(b"HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok")
print(repr(r.reason), r.status)
r = response(b"HTTP/1.1   302   Found it  now  \r\nLocation: /x\r\n\r\n")
print(repr(r.reason), r.status, r.getheader("location"))
r = response(b"HTTP/1.2 200 OK\n\n")
print(r.version, r.status)
r = response(b"HTTP/0.9 200 OK\r\n\r\nbody")
print(r.version, r.will_close)
r = response(b"HTTP/1.1 999 Odd\r\nContent-Length: 0\r\n\r\n")
print(r.status, r.reason, r.read())

# readinto, readline, peek, read1 with a Content-Length
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 14\r\n\r\nline1\nline2\nabMORE")
buf = bytearray(3)
print(r.readinto(buf), buf, r.length)
print(r.peek(2)[:2], r.readline(), r.readline(2), r.readline(), r.length)
print(r.read1(), r.length, r.isclosed())
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nabcdefgh")
big = bytearray(10)
print(r.readinto(big), big, r.isclosed(), r.readinto(big))
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\na\nb\nc\n")
print(list(r), r.isclosed())
r = response(b"HTTP/1.1 200 OK\r\n\r\nx\ny")
print(r.readlines())
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabcdef")
print(r.read(0), r.read(-1))
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabcdef")
print(r.read1(2), r.read1(-1), r.read1())
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc")
print(r.closed, r.fileno.__name__)
r.close()
print(r.closed, r.isclosed(), r.read(), r.peek(), r.read1())
try:
    r.fileno()
except AttributeError as e:
    print("AttributeError", e)
r = response(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc")
with r:
    print(r.read(1))
print(r.closed)

# headers before begin
r = http.client.HTTPResponse(FakeSocket(b""))
print(r.status, r.reason, r.version, r.chunked, r.length, r.will_close, r.headers)
for call in (lambda: r.getheader("x"), r.getheaders):
    try:
        call()
    except http.client.ResponseNotReady as e:
        print(type(e).__name__, repr(e), e.args)

# folded and odd headers
r = response(b"HTTP/1.1 200 OK\r\nX-Long: one\r\n two\r\nX-Empty:\r\nX-Sp:   spaced  \r\nContent-Length: 0\r\n\r\n")
print(r.getheaders())
print(r.headers["x-long"], repr(r.headers["x-empty"]), repr(r.getheader("x-sp")))
print(r.headers.getallmatchingheaders("x-long"), r.headers.getallmatchingheaders("nope"))
print(len(r.headers), "x-long" in r.headers, list(r.headers.keys()))
