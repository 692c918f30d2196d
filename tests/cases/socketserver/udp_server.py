# UDPServer with a DatagramRequestHandler: rfile holds the datagram, what
# the handler writes to wfile goes back to the sender.
import socket
import socketserver

class Echo(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        print("got", data, type(self.packet).__name__, self.socket is self.server.socket)
        self.wfile.write(b"echo: " + data)

server = socketserver.UDPServer(("127.0.0.1", 0), Echo)
print(server.socket_type, server.max_packet_size, server.allow_reuse_address)
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.sendto(b"hello", server.server_address)
server.handle_request()
print(c.recvfrom(100)[0])
class Plain(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data[::-1], self.client_address)
server.RequestHandlerClass = Plain
c.sendto(b"reverse me", server.server_address)
server.handle_request()
print(c.recv(100))
c.close()
server.server_close()
