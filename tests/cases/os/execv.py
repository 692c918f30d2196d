# execv and execve in a child, and exec's argument errors in the parent.
import os

pid = os.fork()
if pid == 0:
    os.execv('/bin/sh', ['sh', '-c', 'exit 7'])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    os.execve('/bin/sh', ('sh', '-c', 'exit $CODE'), {'CODE': '9'})
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    os.execvp('sh', ['sh', '-c', 'exit 4'])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for f, a in [(os.execv, ('/bin/sh', [])), (os.execv, ('/bin/sh', [''])), (os.execv, ('/bin/sh', 5)),
             (os.execv, ('/nonexistent/prog', ['prog'])), (os.execve, ('/bin/sh', ['sh'], 5)),
             (os.execve, ('/bin/sh', ['sh'], {'A=B': 'c'})), (os.execv, ('/bin/sh', ['a\0'])),
             (os.execvp, ('cipy-no-such-program', ['x']))]:
    try:
        f(*a)
    except (OSError, TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
