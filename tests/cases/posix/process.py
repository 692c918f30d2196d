# posix's process calls: fork, wait status helpers, pipes, ids.
import posix

r, w = posix.pipe()
pid = posix.fork()
if pid == 0:
    posix.close(r)
    posix.write(w, b'from child')
    posix._exit(7)
posix.close(w)
print(posix.read(r, 100))
posix.close(r)
got, status = posix.waitpid(pid, 0)
print(got == pid, posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.WIFSIGNALED(status),
      posix.waitstatus_to_exitcode(status))
pid = posix.fork()
if pid == 0:
    posix.kill(posix.getpid(), 9)
    posix._exit(0)
got, status = posix.waitpid(pid, 0)
print(posix.WIFSIGNALED(status), posix.WTERMSIG(status), posix.waitstatus_to_exitcode(status))
print(posix.getpid() > 1, posix.getppid() > 0, posix.getuid() == posix.geteuid(), posix.getgid() >= 0)
try:
    posix.waitpid(pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    posix.waitstatus_to_exitcode(-1)
except ValueError as e:
    print(e)
print(posix.WEXITSTATUS(0x0100), posix.WIFSTOPPED(0x137f), posix.WSTOPSIG(0x137f))
