# cwd: tmp
# UnixStreamServer and UnixDatagramServer on paths.
import socket
import socketserver

class Stream(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"unix says " + self.rfile.readline())

with socketserver.UnixStreamServer("stream.sock", Stream) as server:
    print(server.server_address, server.address_family)
    c = socket.socket(socket.AF_UNIX)
    c.connect("stream.sock")
    c.sendall(b"hi\n")
    server.handle_request()
    print(c.recv(100))
    c.close()

class Dgram(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())

with socketserver.UnixDatagramServer("dgram.sock", Dgram) as server:
    c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    c.bind("client.sock")
    c.sendto(b"datagram", "dgram.sock")
    server.handle_request()
    print(c.recvfrom(100))
    c.close()
