# BaseRequestHandler runs setup(), handle(), finish() from its constructor;
# finish() runs even when handle() raises.  The server's hooks in order.
import socket
import socketserver

calls = []

class Handler(socketserver.BaseRequestHandler):
    def setup(self):
        calls.append("setup")
    def handle(self):
        calls.append("handle")
        if self.server.fail:
            raise KeyError("in handle")
    def finish(self):
        calls.append("finish")

class Server(socketserver.TCPServer):
    fail = False
    def verify_request(self, request, client_address):
        calls.append("verify")
        return True
    def process_request(self, request, client_address):
        calls.append("process")
        super().process_request(request, client_address)
    def finish_request(self, request, client_address):
        calls.append("finish_request")
        super().finish_request(request, client_address)
    def shutdown_request(self, request):
        calls.append("shutdown_request")
        super().shutdown_request(request)
    def close_request(self, request):
        calls.append("close_request")
        super().close_request(request)
    def handle_error(self, request, client_address):
        calls.append("handle_error")

server = Server(("127.0.0.1", 0), Handler, bind_and_activate=False)
print(server.socket.getsockname())
server.server_bind()
server.server_activate()
for fail in (False, True):
    server.fail = fail
    c = socket.create_connection(server.server_address)
    server.handle_request()
    print(calls)
    calls.clear()
    c.close()
server.server_close()
print([name for name in socketserver.__all__ if "Threading" not in name])
