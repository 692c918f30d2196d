# The constants of os: open flags, access modes, seek, exit statuses, wait options.
import os

names = ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_APPEND', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_NONBLOCK',
         'O_NDELAY', 'O_SYNC', 'O_DSYNC', 'O_RSYNC', 'O_NOCTTY', 'O_CLOEXEC', 'O_DIRECTORY',
         'O_NOFOLLOW', 'O_ACCMODE', 'O_ASYNC', 'O_DIRECT', 'O_LARGEFILE', 'O_NOATIME', 'O_PATH',
         'O_TMPFILE', 'O_FSYNC', 'F_OK', 'R_OK', 'W_OK', 'X_OK', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
         'SEEK_DATA', 'SEEK_HOLE', 'EX_OK', 'EX_USAGE', 'EX_DATAERR', 'EX_NOINPUT', 'EX_NOUSER',
         'EX_NOHOST', 'EX_UNAVAILABLE', 'EX_SOFTWARE', 'EX_OSERR', 'EX_OSFILE', 'EX_CANTCREAT',
         'EX_IOERR', 'EX_TEMPFAIL', 'EX_PROTOCOL', 'EX_NOPERM', 'EX_CONFIG', 'WNOHANG', 'WUNTRACED',
         'WCONTINUED', 'WEXITED', 'WSTOPPED', 'WNOWAIT', 'P_ALL', 'P_PID', 'P_PGID', 'P_PIDFD',
         'CLD_EXITED', 'CLD_KILLED', 'CLD_DUMPED', 'CLD_TRAPPED', 'CLD_STOPPED', 'CLD_CONTINUED',
         'F_LOCK', 'F_TLOCK', 'F_ULOCK', 'F_TEST', 'PRIO_PROCESS', 'PRIO_PGRP', 'PRIO_USER',
         'SCHED_OTHER', 'SCHED_FIFO', 'SCHED_RR', 'SCHED_BATCH', 'SCHED_IDLE', 'SCHED_RESET_ON_FORK',
         'SCHED_NORMAL', 'RTLD_LAZY', 'RTLD_NOW', 'RTLD_GLOBAL', 'RTLD_LOCAL', 'RTLD_NODELETE',
         'RTLD_NOLOAD', 'RTLD_DEEPBIND', 'ST_RDONLY', 'ST_NOSUID', 'NGROUPS_MAX', 'TMP_MAX']
for n in names:
    print(n, getattr(os, n))
print(os.SEEK_SET is os.SEEK_SET, os.error is OSError)
import posix
print(hasattr(posix, 'SEEK_SET'), posix.O_CREAT == os.O_CREAT)
