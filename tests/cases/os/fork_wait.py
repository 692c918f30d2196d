# fork, _exit in the child, waitpid and the status helpers.
import os

pid = os.fork()
if pid == 0:
    os._exit(3)
got, status = os.waitpid(pid, 0)
print(got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status))
print(os.waitstatus_to_exitcode(status))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b'from the child %d' % (os.getppid() != 0))
    os._exit(0)
os.close(w)
print(os.read(r, 100))
os.close(r)
got, status = os.wait()
print(got == pid, status, os.waitstatus_to_exitcode(status))
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.wait()
except ChildProcessError as e:
    print(type(e).__name__, e)
print(os.waitpid(-1, os.WNOHANG) if False else 'WNOHANG', os.WNOHANG)
