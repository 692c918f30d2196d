# PEP 475: a signal during a blocking recv/accept runs its handler and the
# call goes on; a handler that raises ends it with its exception.
import signal
import socket
import time

seen = []
signal.signal(signal.SIGALRM, lambda signum, frame: seen.append(signum))
a, b = socket.socketpair()
a.settimeout(0.3)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
try:
    a.recv(10)
except TimeoutError as e:
    print("recv:", e, seen, time.monotonic() - t0 >= 0.29)
seen.clear()
def raising(signum, frame):
    raise RuntimeError("from the handler")
signal.signal(signal.SIGALRM, raising)
a.settimeout(None)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    a.recv(10)
except RuntimeError as e:
    print("recv:", e)
srv = socket.create_server(("127.0.0.1", 0))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    srv.accept()
except RuntimeError as e:
    print("accept:", e)
signal.signal(signal.SIGALRM, lambda signum, frame: seen.append(signum))
signal.setitimer(signal.ITIMER_REAL, 0.05)
b.settimeout(None)
a.settimeout(2)
import os
pid = os.fork()
if pid == 0:
    time.sleep(0.15)
    b.send(b"after the signal")
    os._exit(0)
print(a.recv(100), seen)
os.waitpid(pid, 0)
for s in (a, b, srv):
    s.close()
