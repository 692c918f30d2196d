# A forked child that ends as a program ends (sys.exit, an uncaught exception)
# gives its status to the parent.
import os, sys

for how in ('exit', 'raise', 'return'):
    pid = os.fork()
    if pid == 0:
        print('child', how)
        if how == 'exit':
            sys.exit(5)
        if how == 'raise':
            raise KeyError('in the child')
        break
    status = os.waitpid(pid, 0)[1]
    print(how, os.waitstatus_to_exitcode(status))
else:
    print('parent done')
