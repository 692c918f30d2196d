# A server in the parent, a client in a forked child process.
import os
import socket

srv = socket.create_server(("127.0.0.1", 0))
addr = srv.getsockname()
pid = os.fork()
if pid == 0:
    srv.close()
    with socket.create_connection(addr) as c:
        c.sendall(b"hello from the child")
        reply = c.recv(100)
        os._exit(0 if reply == b"HELLO FROM THE CHILD" else 1)
conn, _ = srv.accept()
data = b""
while len(data) < 20:
    data += conn.recv(100)
print(data)
conn.sendall(data.upper())
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
conn.close()
srv.close()
