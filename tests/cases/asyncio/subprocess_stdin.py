# Writing to a child's stdin: drain(), closing early, a child that stops reading.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec('/bin/cat', stdin=PIPE, stdout=PIPE)
    proc.stdin.write(b'line one\n')
    proc.stdin.writelines([b'line ', b'two\n'])
    await proc.stdin.drain()
    print(proc.stdin.can_write_eof(), proc.stdin.is_closing())
    proc.stdin.write_eof()
    print(proc.stdin.is_closing())
    print(await proc.stdout.read())
    print(await proc.wait())

    # The child exits without reading: communicate() swallows the broken pipe.
    proc = await asyncio.create_subprocess_shell('exit 7', stdin=PIPE)
    await proc.wait()
    out = await proc.communicate(b'z' * 200000)
    print(out, proc.returncode)

    proc = await asyncio.create_subprocess_shell('read x; echo got $x', stdin=PIPE, stdout=PIPE)
    print(await proc.communicate(b'word\nmore\n'))

    # write() after close() is ignored.
    proc = await asyncio.create_subprocess_exec('/bin/cat', stdin=PIPE, stdout=PIPE)
    proc.stdin.close()
    await proc.stdin.wait_closed()
    proc.stdin.write(b'late')
    print(await proc.stdout.read(), await proc.wait())

asyncio.run(main())
