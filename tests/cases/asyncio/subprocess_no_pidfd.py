# Where pidfds are refused, children are still seen to exit (CPython then
# watches them from a thread, cipy through SIGCHLD).
import asyncio
import errno
import os
from asyncio.subprocess import PIPE


def refuse(pid, flags=0):
    raise OSError(errno.ENOSYS, 'Function not implemented')


os.pidfd_open = refuse


async def main():
    proc = await asyncio.create_subprocess_exec('/bin/echo', 'no pidfd', stdout=PIPE)
    print(await proc.communicate(), proc.returncode)
    procs = [await asyncio.create_subprocess_shell(f'sleep 0.0{i}; exit {i}') for i in range(1, 5)]
    print(await asyncio.gather(*(p.wait() for p in procs)))
    proc = await asyncio.create_subprocess_exec('/bin/sleep', '30')
    proc.kill()
    print(await proc.wait())
    proc = await asyncio.create_subprocess_exec('/bin/cat', stdin=PIPE, stdout=PIPE)
    print(await proc.communicate(b'through cat'))

asyncio.run(main())
