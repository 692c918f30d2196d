# Options subprocess_exec/subprocess_shell refuse, with CPython's messages.
import asyncio
import subprocess


async def attempt(label, coro):
    try:
        await coro
    except Exception as exc:
        print(label, type(exc).__name__, exc)


async def main():
    loop = asyncio.get_running_loop()
    P = asyncio.SubprocessProtocol
    await attempt('un', loop.subprocess_exec(P, '/bin/true', universal_newlines=True))
    await attempt('shell', loop.subprocess_exec(P, '/bin/true', shell=True))
    await attempt('bufsize', loop.subprocess_exec(P, '/bin/true', bufsize=1))
    await attempt('text', loop.subprocess_exec(P, '/bin/true', text=True))
    await attempt('encoding', loop.subprocess_exec(P, '/bin/true', encoding='utf-8'))
    await attempt('errors', loop.subprocess_exec(P, '/bin/true', errors='strict'))
    await attempt('cmd', loop.subprocess_shell(P, ['true']))
    await attempt('cmd2', loop.subprocess_shell(P, 5))
    await attempt('sh-un', loop.subprocess_shell(P, 'true', universal_newlines=True))
    await attempt('sh-shell', loop.subprocess_shell(P, 'true', shell=False))
    await attempt('sh-bufsize', loop.subprocess_shell(P, 'true', bufsize=-1))
    await attempt('sh-text', loop.subprocess_shell(P, 'true', text=1))
    await attempt('cse', asyncio.create_subprocess_exec('/bin/true', text=True))
    await attempt('css', asyncio.create_subprocess_shell('true', encoding='ascii'))
    await attempt('kw', asyncio.create_subprocess_exec('/bin/true', bogus=1))
    print(asyncio.subprocess.PIPE == subprocess.PIPE, asyncio.subprocess.STDOUT,
          asyncio.subprocess.DEVNULL)
    print(asyncio.subprocess.__all__)

asyncio.run(main())
