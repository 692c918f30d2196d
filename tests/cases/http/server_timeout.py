# lib: httpfork
# A handler with a timeout: a silent client is logged as "Request timed
# out" and the connection closed; a slow body read the same way
import socket
import http.server
import httpfork


class Handler(httpfork.QuietTime, http.server.BaseHTTPRequestHandler):
    timeout = 0.5
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


port, wait = httpfork.serve(Handler, 3)


def talk(data):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        if data:
            s.sendall(data)
        reply = b""
        while True:
            piece = s.recv(4096)
            if not piece:
                break
            reply += piece
    print(data[:30], [line for line in reply.split(b"\r\n") if not line.startswith(b"Date")])


talk(b"")
talk(b"POST /x HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc")
talk(b"POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc")
print("child", wait())
