# ForkingTCPServer: each request is handled in a child process; the parent
# reaps the children when the server closes.
import os
import socket
import socketserver

class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(b"child handled " + line)

server = socketserver.ForkingTCPServer(("127.0.0.1", 0), Handler)
print(server.max_children, server.timeout, server.block_on_close, server.active_children)
replies = []
for i in range(2):
    c = socket.create_connection(server.server_address)
    c.sendall(b"request %d\n" % i)
    server.handle_request()
    reply = b""
    while not reply.endswith(b"\n"):
        chunk = c.recv(100)
        if not chunk:
            break
        reply += chunk
    replies.append(reply)
    c.close()
print(replies, len(server.active_children or ()) <= 2)
server.server_close()
print(server.active_children)
print([n for n in socketserver.__all__ if n.startswith("Forking")])
