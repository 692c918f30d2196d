# HTTPResponse: chunked transfer coding, trailers, partial reads, errors
import http.client
import io


class FakeSocket:
    def __init__(self, data):
        self.data = data

    def makefile(self, mode, *args):
        return io.BufferedReader(io.BytesIO(self.data))


def response(data, method=None):
    r = http.client.HTTPResponse(FakeSocket(data), method=method)
    r.begin()
    return r


HEAD = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
BODY = b"5\r\nhello\r\n1;ext=1\r\n \r\n6\r\nworld!\r\n0\r\nTrailer: x\r\n\r\n"

r = response(HEAD + BODY)
print(r.chunked, r.chunk_left, r.length, r.will_close)
print(r.read(), r.isclosed(), r.chunk_left)

r = response(HEAD + BODY)
print([r.read(n) for n in (2, 3, 1, 4, 10, 5)], r.isclosed())

r = response(HEAD + BODY)
print(r.read(-1))

r = response(HEAD + BODY)
out = []
buf = bytearray(4)
while True:
    n = r.readinto(buf)
    if not n:
        break
    out.append(bytes(buf[:n]))
print(out)

r = response(HEAD + BODY)
print(r.peek(100), r.read1(3), r.read1(), r.read1(0), r.read1(-1), r.peek(), r.read1())

r = response(HEAD + b"3\r\na\nb\r\n4\r\nc\nde\r\n0\r\n\r\n")
print(r.readline(), r.readline(), r.readline(), r.readline())

r = response(HEAD + b"A\r\n0123456789\r\n0\r\n\r\n")
print(r.read())

r = response(HEAD + b"a\r\n0123456789\r\n0\r\n")
print(r.read())

r = response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\nContent-Length: 3\r\n\r\nabc")
print(r.chunked, r.length)

r = response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: CHUNKED\r\nContent-Length: 99\r\n\r\n2\r\nok\r\n0\r\n\r\n")
print(r.chunked, r.length, r.will_close, r.read())

r = response(HEAD + BODY, method="HEAD")
print(r.read(), r.length)


def attempt(label, data, call):
    r = response(data)
    try:
        result = call(r)
    except Exception as e:
        print(label, type(e).__name__, repr(e), str(e) == repr(e), e.args[0][:20] if e.args else None,
              getattr(e, "expected", "-"), r.isclosed())
    else:
        print(label, "ok", result)


attempt("bad size", HEAD + b"zz\r\nabc", lambda r: r.read())
attempt("bad size n", HEAD + b"3\r\nabc\r\nzz\r\n", lambda r: r.read(10))
attempt("short chunk", HEAD + b"a\r\nabc", lambda r: r.read())
attempt("short chunk n", HEAD + b"a\r\nabc", lambda r: r.read(8))
attempt("no crlf", HEAD + b"3\r\nabc", lambda r: r.read())
attempt("readinto", HEAD + b"5\r\nabc", lambda r: r.readinto(bytearray(10)))
attempt("empty", HEAD, lambda r: r.read())
attempt("peek bad", HEAD + b"zz\r\n", lambda r: r.peek())
attempt("read1 bad", HEAD + b"5\r\n", lambda r: r.read1())
attempt("length short", b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", lambda r: r.read())
attempt("length short n", b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", lambda r: (r.read(5), r.read(5)))
attempt("long size line", HEAD + b"1" * 70000, lambda r: r.read())
attempt("long trailer", HEAD + b"0\r\n" + b"t" * 70000, lambda r: r.read())
attempt("many trailers", HEAD + b"0\r\n" + b"T: 1\r\n" * 101 + b"\r\n", lambda r: r.read())

e = http.client.IncompleteRead(b"abc", 7)
print(repr(e), str(e), e.args, e.partial, e.expected)
e = http.client.IncompleteRead(b"")
print(repr(e), e.args, e.expected)
print(repr(http.client.IncompleteRead(b"x" * 40)))
