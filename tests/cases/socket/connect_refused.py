# connect() to a port nobody listens on: ConnectionRefusedError, and
# connect_ex() returning the errno instead.
import errno
import socket

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
s = socket.socket()
try:
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
s.close()
s = socket.socket()
print(s.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED)
s.close()
srv = socket.create_server(("127.0.0.1", 0))
s = socket.socket()
print(s.connect_ex(srv.getsockname()))
try:
    s.connect(srv.getsockname())
except OSError as e:
    print(type(e).__name__, e)
s.close()
srv.close()
s = socket.socket()
s.settimeout(1)
try:
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("with timeout:", e)
s.close()
