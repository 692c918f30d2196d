# create_subprocess_exec: reading stdout, wait(), returncode, pid.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec('/bin/echo', 'hello', 'world', stdout=PIPE)
    print(type(proc).__name__, isinstance(proc.pid, int), proc.pid > 0)
    print(proc.stdin, proc.stderr, type(proc.stdout).__name__)
    data = await proc.stdout.read()
    print(repr(data))
    rc = await proc.wait()
    print('rc', rc, proc.returncode)
    print(await proc.wait())
    print(repr(proc) == f'<Process {proc.pid}>')

    proc = await asyncio.create_subprocess_exec('/bin/sh', '-c', 'printf "a\\nbb\\nccc"', stdout=PIPE)
    lines = [line async for line in proc.stdout]
    print(lines)
    print(await proc.wait())

asyncio.run(main())
