# A child that closes its stdin: writes, drain() and wait_closed() afterwards.
import asyncio
import os
import select
import time
from asyncio.subprocess import PIPE


async def show(label, coro):
    try:
        print(label, await coro)
    except Exception as exc:
        print(label, type(exc).__name__, exc)


def reader_gone(proc):
    """Let the child go on (it waits for a line), then block without the
    loop until it has closed its end of stdin."""
    fd = proc.stdin.transport.get_extra_info('pipe').fileno()
    os.write(fd, b'go\n')
    poller = select.poll()
    poller.register(fd, select.POLLOUT)
    for _ in range(500):
        if any(events & select.POLLERR for _, events in poller.poll(0)):
            return True
        time.sleep(0.01)
    return False


async def main():
    # The loop has seen the pipe close before we write.
    proc = await asyncio.create_subprocess_shell('exec 0<&-; echo closed; sleep 0.3',
                                                 stdin=PIPE, stdout=PIPE)
    print(await proc.stdout.readline())
    await asyncio.sleep(0.05)
    print(proc.stdin.is_closing())
    proc.stdin.write(b'too late')
    await show('drain', proc.stdin.drain())
    await show('wait_closed', proc.stdin.wait_closed())
    print(await proc.wait())

    # The write itself meets the closed pipe (EPIPE).
    proc = await asyncio.create_subprocess_shell('read x; exec 0<&-; sleep 0.3', stdin=PIPE)
    print(reader_gone(proc))
    proc.stdin.write(b'too late')
    print(proc.stdin.is_closing())
    await show('drain', proc.stdin.drain())
    await show('wait_closed', proc.stdin.wait_closed())
    await show('drain again', proc.stdin.drain())
    print(await proc.wait())

    # communicate() ignores both.
    proc = await asyncio.create_subprocess_shell('read x; exec 0<&-; echo $x done',
                                                 stdin=PIPE, stdout=PIPE)
    print(reader_gone(proc))
    print(await proc.communicate(b'data' * 50000))

asyncio.run(main())
