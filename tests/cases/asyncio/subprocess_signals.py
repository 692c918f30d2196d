# kill(), terminate(), send_signal(): negative return codes.
import asyncio
import signal


async def run(action):
    proc = await asyncio.create_subprocess_exec('/bin/sleep', '30')
    print('before', proc.returncode)
    action(proc)
    rc = await proc.wait()
    print('after', rc, proc.returncode)
    # Once the transport has let the child go, signalling it fails.
    for name in ('kill', 'terminate'):
        try:
            getattr(proc, name)()
        except ProcessLookupError as exc:
            print(name, repr(exc))


async def main():
    await run(lambda p: p.kill())
    await run(lambda p: p.terminate())
    await run(lambda p: p.send_signal(signal.SIGINT))
    await run(lambda p: p.send_signal(signal.SIGUSR1))
    proc = await asyncio.create_subprocess_shell('kill -HUP $$')
    print(await proc.wait())

asyncio.run(main())
