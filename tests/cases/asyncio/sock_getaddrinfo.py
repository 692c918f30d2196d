# loop.getaddrinfo / getnameinfo, and create_connection through a name.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM)
    print([(int(f), int(t), i[4]) for f, t, p, c, i in [(x[0], x[1], x[2], x[3], x) for x in infos]])
    infos = await loop.getaddrinfo('127.0.0.1', 'http', family=socket.AF_INET,
                                   type=socket.SOCK_STREAM)
    print(infos[0][4], infos[0][0] is socket.AF_INET)
    print(await loop.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
    try:
        await loop.getaddrinfo('127.0.0.1', 'no-such-service-name', type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        print('gaierror', exc.errno)

    server = await asyncio.start_server(lambda r, w: w.close(), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('localhost', port, family=socket.AF_INET)
    print('via localhost:', writer.get_extra_info('peername')[0])
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    # Ports given as strings are accepted.
    reader, writer = await asyncio.open_connection('127.0.0.1', str(port))
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
