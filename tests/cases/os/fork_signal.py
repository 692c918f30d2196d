# A child killed by a signal: WIFSIGNALED, WTERMSIG, a negative exit code.
import os, time

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b'x')
    while True:
        time.sleep(1)
os.close(w)
os.read(r, 1)
os.kill(pid, 15)
got, status = os.waitpid(pid, 0)
print(got == pid, os.WIFSIGNALED(status), os.WTERMSIG(status), os.WIFEXITED(status))
print(os.waitstatus_to_exitcode(status), os.WCOREDUMP(status), os.WIFSTOPPED(status))
os.close(r)
