# loop.sock_recv / sock_recv_into / sock_sendall on a socketpair.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)

    async def reader():
        got = await loop.sock_recv(b, 100)
        print('reader got', got)
        buf = bytearray(8)
        n = await loop.sock_recv_into(b, buf)
        print('recv_into', n, bytes(buf[:n]))
        return 'reader done'

    task = asyncio.create_task(reader())
    await asyncio.sleep(0)
    print('reader waiting:', not task.done())
    await loop.sock_sendall(a, b'first')
    await asyncio.sleep(0.01)
    await loop.sock_sendall(a, memoryview(b'second!!xx'))
    print(await task)
    print('left over', await loop.sock_recv(b, 100))
    # A large sendall must wait for the reader side to drain.
    payload = bytes(range(256)) * 4096
    sender = asyncio.create_task(loop.sock_sendall(a, payload))
    total = bytearray()
    while len(total) < len(payload):
        total += await loop.sock_recv(b, 65536)
    print(await sender, len(total), total == payload)
    a.close()
    print('after close:', await loop.sock_recv(b, 10))
    b.close()


asyncio.run(main())
