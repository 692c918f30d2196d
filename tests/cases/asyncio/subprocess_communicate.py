# Process.communicate(): input, stdout and stderr together, and without pipes.
import asyncio
from asyncio.subprocess import PIPE, STDOUT, DEVNULL


async def main():
    proc = await asyncio.create_subprocess_exec('/bin/cat', stdin=PIPE, stdout=PIPE)
    out, err = await proc.communicate(b'some input\nover lines\n')
    print(repr(out), err, proc.returncode)

    proc = await asyncio.create_subprocess_shell(
        'echo out; echo err >&2; exit 4', stdout=PIPE, stderr=PIPE)
    print(await proc.communicate(), proc.returncode)

    proc = await asyncio.create_subprocess_shell(
        'echo one; echo two >&2', stdout=PIPE, stderr=STDOUT)
    out, err = await proc.communicate()
    print(sorted(out.split()), err)

    proc = await asyncio.create_subprocess_shell('echo hidden', stdout=DEVNULL)
    print(await proc.communicate(), proc.returncode)

    proc = await asyncio.create_subprocess_exec('/bin/cat', stdin=PIPE, stdout=PIPE)
    big = b'x' * 300000 + b'\n'
    out, err = await proc.communicate(big)
    print(len(out), out == big, proc.returncode)

    # A second communicate() after the child has gone.
    print(await proc.communicate())
    print(await proc.wait())

asyncio.run(main())
