# lib: httpfork
# BaseHTTPRequestHandler.parse_request on raw requests: errors, HTTP/0.9,
# keep-alive with HTTP/1.1, Expect: 100-continue, long lines, many headers
import socket
import http.server
import httpfork


class Handler(httpfork.QuietTime, http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def finish(self):
        # Read what the client sent beyond the request before closing, so
        # that the close never resets the connection under the reply.
        super().finish()
        while self.request.recv(65536):
            pass

    def do_GET(self):
        body = b"got " + self.path.encode() + b" " + repr(self.close_connection).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class Old(Handler):
    protocol_version = "HTTP/1.0"


REQUESTS = [
    b"GET /x HTTP/1.0\r\n\r\n",
    b"GET /x\r\n",
    b"POST /x\r\n",
    b"GET /x HTTP/1.1 extra\r\n\r\n",
    b"GET\r\n\r\n",
    b"GET /x FOO/1.0\r\n\r\n",
    b"GET /x HTTP/1\r\n\r\n",
    b"GET /x HTTP/1.a\r\n\r\n",
    b"GET /x HTTP/12345678901.0\r\n\r\n",
    b"GET /x HTTP/2.0\r\n\r\n",
    b"GET /x HTTP/1.1\r\nHost: a\r\n\r\nGET /y HTTP/1.1\r\nConnection: close\r\n\r\n",
    b"GET /x HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /z HTTP/1.0\r\n\r\n",
    b"POST /p HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\nConnection: close\r\n\r\nDATA",
    b"GET /" + b"a" * 66000 + b" HTTP/1.1\r\n\r\n",
    b"GET /x HTTP/1.1\r\nX: " + b"b" * 66000 + b"\r\n\r\n",
    b"GET /x HTTP/1.1\r\n" + b"H: v\r\n" * 101 + b"\r\n",
    b"BREW /pot HTTP/1.1\r\n\r\n",
    b"GET /\x01ctl\x7f\\ HTTP/1.0\r\n\r\n",
    b"\r\n",
]
OLD = [
    b"GET /x HTTP/1.1\r\n\r\n",
    b"GET /x HTTP/1.1\r\nConnection: keep-alive\r\n\r\n",
    b"POST /p HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi",
]


def talk(port, data):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            piece = s.recv(65536)
            if not piece:
                break
            chunks.append(piece)
    reply = b"".join(chunks)
    for line in reply.split(b"\r\n"):
        if not line.startswith(b"Date:") and not line.startswith(b"<"):
            if len(line) > 80:
                line = line[:80] + b"..."
            print("   ", line)


for handler, requests in ((Handler, REQUESTS), (Old, OLD)):
    port, wait = httpfork.serve(handler, len(requests))
    for data in requests:
        print(data[:40])
        talk(port, data)
    print("child", wait())
