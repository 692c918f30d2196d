# lib: httpfork
# HTTPConnection over a real socket: a persistent HTTP/1.1 connection,
# chunked replies, partial reads, and servers that misbehave
import socket
import http.client
import http.server
import httpfork


class Handler(httpfork.QuietTime, http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in (b"first line\n", b"second", b" line\nthird\n"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\nX-Trailer: t\r\n\r\n")
            return
        if self.path == "/close":
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"until the end")
            return
        if self.path == "/nothing":
            self.close_connection = True
            return
        if self.path == "/garbage":
            self.wfile.write(b"NOT HTTP AT ALL\r\n")
            self.close_connection = True
            return
        if self.path == "/truncated":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort")
            self.close_connection = True
            return
        body = ("you asked for %s\n" % self.path).encode() * 3
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


port, wait = httpfork.serve(Handler, 4)
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.request("GET", "/one")
r = conn.getresponse()
print(r.status, r.version, r.will_close, r.length, isinstance(r.fileno(), int))
print(r.peek(3)[:3], r.read1(4), r.readline(), r.length)
buf = bytearray(5)
print(r.readinto(buf), bytes(buf), r.read(), r.isclosed(), conn.sock is not None)
conn.request("GET", "/two")
r = conn.getresponse()
print(list(r))
conn.request("GET", "/chunked")
r = conn.getresponse()
print(r.chunked, r.will_close, r.readline(), r.read(3), r.read1(), r.read(), r.isclosed())
conn.request("GET", "/chunked")
r = conn.getresponse()
print(r.readlines())
conn.request("GET", "/close")
r = conn.getresponse()
print(r.will_close, conn.sock, r.read())
conn.close()

for path in ("/nothing", "/garbage", "/truncated"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path)
    try:
        r = conn.getresponse()
        print(path, r.status, r.read())
    except Exception as e:
        print(path, type(e).__name__, repr(e), isinstance(e, ConnectionError), conn.sock is None)
    conn.close()
print("child", wait())

s = socket.socket()
s.bind(("127.0.0.1", 0))
closed_port = s.getsockname()[1]
s.close()
conn = http.client.HTTPConnection("127.0.0.1", closed_port, timeout=5)
try:
    conn.request("GET", "/")
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno, conn.sock)
