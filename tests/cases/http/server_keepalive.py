# lib: httpfork
# An HTTP/1.1 handler kept open over several requests of one
# HTTPConnection: chunked request bodies, files, Connection headers
import io
import http.client
import http.server
import httpfork


class Handler(httpfork.QuietTime, http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                data += self.rfile.read(size)
                self.rfile.readline()
                if size == 0:
                    return data, "chunked"
        length = int(self.headers.get("Content-Length", 0))
        return self.rfile.read(length), "length %d" % length

    def do_POST(self):
        data, how = self.read_body()
        reply = ("%s %s got %r by %s; close=%s" % (self.command, self.path, data, how,
                                                     self.close_connection)).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(reply)))
        if self.path == "/bye":
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(reply)

    do_PUT = do_POST


port, wait = httpfork.serve(Handler, 2)
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10, blocksize=4)
requests = [
    ("POST", "/bytes", b"plain bytes", {}),
    ("POST", "/chunks", [b"one ", b"two ", b"three"], {}),
    ("PUT", "/file", io.BytesIO(b"from a file object"), {}),
    ("POST", "/text", io.StringIO("text file"), {}),
    ("POST", "/explicit", [b"ab", b"cd"], {"Content-Length": "4"}),
    ("POST", "/gen", (bytes([65 + i]) * 3 for i in range(3)), {}),
    ("POST", "/empty", None, {}),
    ("POST", "/bye", b"last", {}),
]
for method, path, body, headers in requests:
    conn.request(method, path, body, headers)
    r = conn.getresponse()
    print(r.status, r.will_close, r.read().decode(), conn.sock is None)
conn.request("POST", "/again", b"new connection")
r = conn.getresponse()
print(r.status, r.read().decode())
conn.close()
print("child", wait())
