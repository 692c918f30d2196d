# loop.sock_connect / sock_accept on 127.0.0.1, and a refused connection.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    addr = listener.getsockname()

    async def server():
        conn, peer = await loop.sock_accept(listener)
        print('accepted; timeout', conn.gettimeout(), 'peer host', peer[0])
        data = await loop.sock_recv(conn, 100)
        await loop.sock_sendall(conn, data[::-1])
        conn.close()

    srv = asyncio.create_task(server())
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, addr)
    print('connected', client.getpeername() == addr)
    await loop.sock_sendall(client, b'abcdef')
    print(await loop.sock_recv(client, 100))
    print(await loop.sock_recv(client, 100))
    await srv
    client.close()

    # Connecting to a closed port fails with the address in the message.
    port = addr[1]
    listener.close()
    bad = socket.socket()
    bad.setblocking(False)
    try:
        await loop.sock_connect(bad, ('127.0.0.1', port))
    except OSError as exc:
        print(type(exc).__name__, exc.errno, str(exc).replace(str(port), 'PORT'))
    bad.close()

    # Cancelling a pending sock_recv leaves the socket usable.
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    t = asyncio.create_task(loop.sock_recv(b, 10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('recv cancelled')
    a.send(b'later')
    print(await loop.sock_recv(b, 10))
    a.close()
    b.close()


asyncio.run(main())
