# Several clients connect through loop.sock_connect; one accept task serves them in order.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.create_server(('127.0.0.1', 0))
    listener.setblocking(False)
    addr = listener.getsockname()
    results = []

    async def serve(n):
        for _ in range(n):
            conn, _ = await loop.sock_accept(listener)
            msg = await loop.sock_recv(conn, 100)
            results.append(msg)
            await loop.sock_sendall(conn, b'ok:' + msg)
            conn.close()

    async def client(i):
        s = socket.socket()
        s.setblocking(False)
        await loop.sock_connect(s, addr)
        await loop.sock_sendall(s, b'client%d' % i)
        reply = await loop.sock_recv(s, 100)
        s.close()
        return reply

    srv = asyncio.create_task(serve(4))
    replies = []
    for i in range(4):
        replies.append(await client(i))
    await srv
    print(replies)
    print(sorted(results))
    listener.close()


asyncio.run(main())
