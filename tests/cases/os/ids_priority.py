# The ids of the process set to what they are, process groups, priorities.
import os

uid, gid = os.getuid(), os.getgid()
print(os.getresuid() == (uid, os.geteuid(), os.getresuid()[2]), len(os.getresgid()))
os.setuid(uid)
os.setgid(gid)
os.seteuid(os.geteuid())
os.setegid(os.getegid())
os.setreuid(-1, -1)
os.setregid(-1, -1)
os.setresuid(-1, -1, -1)
os.setresgid(-1, -1, -1)
print(os.getuid() == uid, os.getgid() == gid)
print(os.getpgid(0) == os.getpgrp(), os.getpgid(os.getpid()) == os.getpgrp())
p = os.getpriority(os.PRIO_PROCESS, 0)
print(type(p).__name__, os.nice(0) == p)
os.setpriority(os.PRIO_PROCESS, 0, p)
print(os.getpriority(os.PRIO_PROCESS, 0) == p)
aff = os.sched_getaffinity(0)
print(type(aff).__name__, len(aff) == os.process_cpu_count(), all(type(c) is int for c in aff))
for f, a in [(os.setuid, ('x',)), (os.setgid, (None,)), (os.setresgid, (0, 'x', 0)), (os.setreuid, (-2, 0)),
             (os.getpgid, (2**30,)), (os.getpriority, (99, 0)), (os.sched_getaffinity, (2**30,)),
             (os.ttyname, (0,)), (os.tcgetpgrp, (0,))]:
    try:
        f(*a)
    except (OSError, TypeError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print(type(os.ctermid()).__name__)
