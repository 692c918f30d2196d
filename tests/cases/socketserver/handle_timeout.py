# handle_request() with nobody connecting: handle_timeout() after the
# server's timeout (or the socket's, if shorter).
import socketserver
import time

class Server(socketserver.TCPServer):
    timeout = 0.05
    def handle_timeout(self):
        print("timed out")
        return "hook result"

with Server(("127.0.0.1", 0), socketserver.BaseRequestHandler) as server:
    t0 = time.monotonic()
    print(server.handle_request(), time.monotonic() - t0 >= 0.04)
    server.timeout = None
    server.socket.settimeout(0.05)
    print(server.handle_request())
print(socketserver.BaseServer.timeout, socketserver.TCPServer.timeout)
