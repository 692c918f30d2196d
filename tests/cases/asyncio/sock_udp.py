# loop.sock_sendto / sock_recvfrom on UDP sockets bound to 127.0.0.1.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for s in (a, b):
        s.bind(('127.0.0.1', 0))
        s.setblocking(False)
    waiting = asyncio.create_task(loop.sock_recvfrom(b, 100))
    await asyncio.sleep(0)
    print('waiting', not waiting.done())
    print('sent', await loop.sock_sendto(a, b'datagram one', b.getsockname()))
    data, addr = await waiting
    print(data, addr == a.getsockname())
    await loop.sock_sendto(a, b'two', b.getsockname())
    await loop.sock_sendto(a, b'three', b.getsockname())
    print((await loop.sock_recvfrom(b, 100))[0], (await loop.sock_recvfrom(b, 2))[0])
    try:
        async with asyncio.timeout(0.02):
            await loop.sock_recvfrom(b, 100)
    except TimeoutError:
        print('nothing more')
    a.close()
    b.close()


asyncio.run(main())
