# Pipes, dup and dup2, and the inheritable and blocking flags.
import os

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
print(os.write(w, b'through the pipe'), os.read(r, 7), os.read(r, 100))
d = os.dup(w)
print(d != w, os.get_inheritable(d))
os.write(d, b'dup')
print(os.read(r, 10))
os.set_inheritable(d, True)
print(os.get_inheritable(d))
os.set_inheritable(d, False)
print(os.get_inheritable(d))
print(os.dup2(w, 60) == 60, os.get_inheritable(60))
print(os.dup2(w, 61, inheritable=False), os.get_inheritable(61))
os.write(60, b'sixty')
print(os.read(r, 10))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
os.set_blocking(r, True)
print(os.isatty(r), os.device_encoding(r))
for fd in (d, 60, 61, w):
    os.close(fd)
print(os.read(r, 10))
os.close(r)
os.closerange(100, 105)
print(os.dup2.__text_signature__, os.pipe.__doc__.splitlines()[0])
