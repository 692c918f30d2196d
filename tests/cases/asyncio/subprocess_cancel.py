# Cancelling while a child is being set up, or while communicate() waits.
import asyncio
import os
from asyncio.subprocess import PIPE


async def main():
    task = asyncio.ensure_future(asyncio.create_subprocess_exec('/bin/sleep', '30', stdout=PIPE))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('setup cancelled')
    # The child was killed and reaped: nothing is left to wait for.
    try:
        print(os.waitpid(-1, os.WNOHANG))
    except ChildProcessError as exc:
        print('no children', exc.errno)

    proc = await asyncio.create_subprocess_exec('/bin/sleep', '30', stdin=PIPE, stdout=PIPE)
    talk = asyncio.ensure_future(proc.communicate(b'ignored'))
    await asyncio.sleep(0.05)
    talk.cancel()
    try:
        await talk
    except asyncio.CancelledError:
        print('communicate cancelled', proc.returncode)
    proc.kill()
    print(await proc.wait())

    proc = await asyncio.create_subprocess_shell('sleep 30')
    try:
        async with asyncio.timeout(0.05):
            await proc.wait()
    except TimeoutError:
        print('timed out', proc.returncode)
    proc.terminate()
    print(await proc.wait())

asyncio.run(main())
