# kill(pid, 0) probes a living child; after it is reaped the pid is gone.
import os, time

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)
    os._exit(0)
os.close(r)
os.kill(pid, 0)
print('alive')
os.write(w, b'x')
os.close(w)
print(os.waitpid(pid, 0)[1])
try:
    os.kill(pid, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)
t = os.times()
print(t.children_user >= 0, t.children_system >= 0)
