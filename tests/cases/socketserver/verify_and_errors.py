# verify_request() refusing a client (its connection is closed unanswered),
# and a handler that raises: handle_error() is called, serving goes on.
import socket
import socketserver
import sys

class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        if line.startswith(b"boom"):
            raise ValueError("handler failed on %r" % line)
        self.wfile.write(b"fine\n")

class Server(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        return self.allow
    def handle_error(self, request, client_address):
        print("handle_error:", sys.exception(), client_address[0])

with Server(("127.0.0.1", 0), Handler) as server:
    server.allow = False
    c = socket.create_connection(server.server_address)
    server.handle_request()
    print("refused:", c.recv(100))
    c.close()
    server.allow = True
    c = socket.create_connection(server.server_address)
    c.sendall(b"boom\n")
    server.handle_request()
    print("after error:", c.recv(100))
    c.close()
    c = socket.create_connection(server.server_address)
    c.sendall(b"ok\n")
    server.handle_request()
    print(c.recv(100))
    c.close()
