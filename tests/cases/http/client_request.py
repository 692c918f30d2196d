# lib: fakehttp
# HTTPConnection.request: the bytes it sends (request line, Host,
# Content-Length, chunked bodies, files, iterables)
import io
import fakehttp


def show(host, *args, port=None, **kwargs):
    conn = fakehttp.FakeConnection(host, port)
    conn.request(*args, **kwargs)
    print(repr(conn.sock.wire()))
    return conn


show("example.com", "GET", "/")
show("example.com:8080", "GET", "")
show("example.com:", "GET", "/x")
show("example.com", "GET", "/x", port=80)
show("example.com", "HEAD", "/x", port=81)
show("[::1]:8000", "GET", "/")
show("[fe80::1%eth0]", "GET", "/")
show("::1", "GET", "/", port=80)
show("bücher.example", "GET", "/")
show("h", "GET", "http://other.example:99/path")
show("h", "GET", "http://[::1%25lo]:99/path")
show("h", "GET", "/", headers={"Host": "given", "accept-encoding": "gzip"})
show("h", "POST", "/p")
show("h", "put", "/p")
show("h", "PATCH", "/p", b"")
show("h", "POST", "/p", b"bytes body")
show("h", "POST", "/p", "str body é")
show("h", "POST", "/p", bytearray(b"ba"))
show("h", "POST", "/p", memoryview(b"mv"))
show("h", "POST", "/p", io.BytesIO(b"file body"))
show("h", "POST", "/p", io.StringIO("text file é"))
show("h", "POST", "/p", [b"one", b"", b"three"])
show("h", "POST", "/p", (piece for piece in [b"gen"]))
show("h", "POST", "/p", [b"abc"], encode_chunked=True)
show("h", "POST", "/p", [b"abc"], headers={"Transfer-Encoding": "chunked"}, encode_chunked=True)
show("h", "POST", "/p", [b"abc"], headers={"Transfer-Encoding": "chunked"})
show("h", "POST", "/p", b"xyz", headers={"Content-Length": 3}, encode_chunked=True)
show("h", "GET", "/", headers={"X-Int": 5, "X-Bytes": b"raw", "X-Fold": "a\r\n b"})
c = show("h", "GET", "/q?a=1&b=%20")
print(c.host, c.port, c.timeout is c.__class__.__init__.__defaults__[1], c.source_address, c.blocksize)
c = fakehttp.FakeConnection("h", 1234, 7.5, ("127.0.0.1", 0), 3)
c.request("POST", "/", io.BytesIO(b"blocks of three"))
print(c.sock.sent, c.timeout, c.source_address, c.blocksize)

c = fakehttp.FakeConnection("h")
c.putrequest("GET", "/manual", skip_host=True, skip_accept_encoding=True)
c.putheader("X-Multi", "a", "b", 3)
c.putheader(b"X-Bytes-Name", "v")
c.endheaders(b"body")
print(repr(c.sock.wire()))
r = c.getresponse()
print(r.status, r.read(), c.sock is not None)

c = fakehttp.FakeConnection("h")
c._http_vsn, c._http_vsn_str = 10, "HTTP/1.0"
c.request("POST", "/old", [b"x"], encode_chunked=True)
print(repr(c.sock.wire()))
