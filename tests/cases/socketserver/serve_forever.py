# serve_forever() serving several queued connections, stopped from
# service_actions() once all are answered.
import socket
import socketserver

class Count(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        self.server.answered.append(data)
        self.request.sendall(b"ok " + data)

class Server(socketserver.TCPServer):
    def service_actions(self):
        self.rounds += 1
        if len(self.answered) == 3:
            self._BaseServer__shutdown_request = True

server = Server(("127.0.0.1", 0), Count)
server.answered = []
server.rounds = 0
clients = []
for i in range(3):
    c = socket.create_connection(server.server_address)
    c.sendall(b"client %d" % i)
    clients.append(c)
server.serve_forever(poll_interval=0.01)
print(server.answered, server.rounds >= 3)
for c in clients:
    print(c.recv(100))
    c.close()
server.server_close()
