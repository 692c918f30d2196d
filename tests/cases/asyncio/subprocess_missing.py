# A program that cannot be started: the errors Popen raises.
import asyncio
import os
from asyncio.subprocess import PIPE


async def main():
    for args in (('/nonexistent/program',), ('no-such-program-cipy-test', 'x'),
                 ('/etc/passwd',), ('/',)):
        try:
            await asyncio.create_subprocess_exec(*args, stdout=PIPE)
        except OSError as exc:
            print(type(exc).__name__, exc.errno, exc.strerror, exc.filename)
    try:
        await asyncio.create_subprocess_exec('/bin/echo', cwd='/nonexistent/dir')
    except OSError as exc:
        print(type(exc).__name__, exc)
    proc = await asyncio.create_subprocess_shell('no-such-command-cipy-test 2>/dev/null')
    print('shell', await proc.wait())
    print('no leak', len(os.listdir('/proc/self/fd')) < 20)

asyncio.run(main())
