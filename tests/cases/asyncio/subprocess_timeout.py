# Waiting with a timeout, cancelling wait(), and killing afterwards.
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec('/bin/sleep', '30')
    try:
        await asyncio.wait_for(proc.wait(), 0.05)
    except TimeoutError as exc:
        print('timeout', type(exc).__name__, proc.returncode)
    task = asyncio.ensure_future(proc.wait())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled', proc.returncode)
    proc.terminate()
    print(await proc.wait())
    async with asyncio.timeout(5):
        proc = await asyncio.create_subprocess_shell('sleep 0.05; exit 1')
        print(await proc.wait())

asyncio.run(main())
