# Reading a child's output with the StreamReader API: limits and errors.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_shell(
        'printf "%s\\n" short; printf "%0300d\\n" 0; printf tail', stdout=PIPE, limit=100)
    print(await proc.stdout.readline())
    try:
        await proc.stdout.readline()
    except ValueError as exc:
        print(type(exc).__name__, exc)
    print(len(await proc.stdout.read(1000)))
    print(await proc.wait())

    proc = await asyncio.create_subprocess_exec('/bin/echo', '-n', 'abc', stdout=PIPE)
    try:
        await proc.stdout.readexactly(10)
    except asyncio.IncompleteReadError as exc:
        print(exc, exc.partial)
    print(proc.stdout.at_eof(), await proc.wait())

    proc = await asyncio.create_subprocess_shell('printf "a;b;c"', stdout=PIPE)
    print(await proc.stdout.readuntil(b';'), await proc.stdout.readuntil((b'c', b'b')))
    print(await proc.stdout.read(), await proc.wait())

    proc = await asyncio.create_subprocess_shell('echo to err >&2', stderr=PIPE)
    print(proc.stdout, await proc.stderr.readline())
    print(await proc.wait())

asyncio.run(main())
