# Popen keywords pass through: env, cwd, and many children at once.
import asyncio
from asyncio.subprocess import PIPE


async def run(*args, **kw):
    proc = await asyncio.create_subprocess_exec(*args, stdout=PIPE, **kw)
    out, _ = await proc.communicate()
    return out.decode().strip(), proc.returncode


async def main():
    print(await run('/bin/sh', '-c', 'echo $GREETING-$OTHER', env={'GREETING': 'hi'}))
    print(await run('/bin/sh', '-c', 'pwd', cwd='/'))
    print(await run('/bin/sh', '-c', 'exit 9'))
    results = await asyncio.gather(*(run('/bin/echo', str(i)) for i in range(6)))
    print(results)
    shells = await asyncio.gather(*(asyncio.create_subprocess_shell(f'exit {i}') for i in range(4)))
    print([await p.wait() for p in shells])
    print(await run('/bin/sh', '-c', 'echo $0 "$@"', 'name', 'a b', 'c'))

asyncio.run(main())
