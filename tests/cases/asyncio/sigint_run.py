# driver: sigint
import asyncio

async def main():
    print('started', flush=True)
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print('main task cancelled by Ctrl-C')
        raise

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('KeyboardInterrupt out of asyncio.run')
