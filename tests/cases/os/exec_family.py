# execl, execle, execlp, execlpe, execvpe, each in a child; the exit code shows it ran.
import os

def run(fn):
    pid = os.fork()
    if pid == 0:
        try:
            fn()
        finally:
            os._exit(99)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])

print(run(lambda: os.execl('/bin/sh', 'sh', '-c', 'exit 11')))
print(run(lambda: os.execle('/bin/sh', 'sh', '-c', 'exit $X', {'X': '12'})))
print(run(lambda: os.execlp('sh', 'sh', '-c', 'exit 13')))
print(run(lambda: os.execlpe('sh', 'sh', '-c', 'exit $X', {'X': '14', 'PATH': '/bin:/usr/bin'})))
print(run(lambda: os.execvpe('sh', ['sh', '-c', 'exit $X'], {'X': '15', 'PATH': '/usr/bin:/bin'})))
print(run(lambda: os.execvp(b'sh', [b'sh', b'-c', b'exit 16'])))
print(run(lambda: os.execvpe('cipy-no-such', ['x'], {'PATH': '/nonexistent'})))
