# The ids of the process: types and relations, not values.
import os

for f in (os.getpid, os.getppid, os.getuid, os.geteuid, os.getgid, os.getegid, os.getpgrp):
    v = f()
    print(f.__name__, type(v).__name__, v >= 0)
print(os.getpid() != os.getppid(), os.getsid(0) >= 0, os.getsid(os.getpid()) == os.getsid(0))
g = os.getgroups()
print(type(g).__name__, all(type(x) is int for x in g))
for f, a in [(os.getpid, (1,)), (os.getsid, ('x',)), (os.kill, ('x', 0)), (os.kill, (os.getpid(), 999))]:
    try:
        f(*a)
    except (TypeError, OSError) as e:
        print(f.__name__, type(e).__name__, e)
os.kill(os.getpid(), 0)
print(os.getpid.__doc__, os.getppid.__text_signature__)
