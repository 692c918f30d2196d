# TCPServer with a StreamRequestHandler, driven by handle_request() in the
# same process: the client's connection waits in the backlog meanwhile.
import socket
import socketserver

log = []

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        log.append((type(self.rfile).__name__, type(self.wfile).__name__, self.client_address[0]))
        self.wfile.write(line.upper())

with socketserver.TCPServer(("127.0.0.1", 0), Upper) as server:
    host, port = server.server_address
    print(host, type(server.socket).__name__, server.fileno() == server.socket.fileno())
    print(server.address_family, server.socket_type, server.request_queue_size, server.allow_reuse_address)
    for word in (b"first\n", b"second\n"):
        c = socket.create_connection(server.server_address)
        c.sendall(word)
        server.handle_request()
        print(c.recv(100), c.recv(100))
        c.close()
print(log)
print(server.socket.fileno())
