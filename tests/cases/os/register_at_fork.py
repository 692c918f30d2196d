# register_at_fork: before hooks last-registered first, after hooks in order,
# a failing hook reported and skipped; its argument errors.
import os, sys

def bad():
    raise ValueError('hook failed')

calls = []
os.register_at_fork(before=lambda: calls.append('before 1'),
                    after_in_parent=lambda: calls.append('parent 1'),
                    after_in_child=lambda: calls.append('child 1'))
os.register_at_fork(before=lambda: calls.append('before 2'),
                    after_in_child=lambda: calls.append('child 2'))
os.register_at_fork(before=bad, after_in_parent=bad)
sys.stdout.flush()
sys.stderr.flush()
pid = os.fork()
if pid == 0:
    print('in the child:', calls, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print('in the parent:', calls)
for kw in [{}, {'before': 1}, {'after_in_child': None}, {'after_in_parent': 'x'}]:
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print(e)
try:
    os.register_at_fork(print)
except TypeError as e:
    print(e)
