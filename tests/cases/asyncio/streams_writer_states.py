# StreamWriter after the peer goes away: drain raises, close twice,
# wait_closed more than once; no async with.
import asyncio


async def main():
    accepted = asyncio.Queue()

    async def keep(reader, writer):
        await accepted.put((reader, writer))

    server = await asyncio.start_server(keep, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    sreader, swriter = await accepted.get()

    swriter.transport.abort()
    print('client reads:', await reader.read())
    print('at_eof', reader.at_eof())
    writer.close()
    writer.close()
    print('closing', writer.is_closing())
    await writer.wait_closed()
    await writer.wait_closed()
    try:
        await writer.drain()
    except ConnectionResetError as exc:
        print('drain:', type(exc).__name__, exc)

    _, w2 = await asyncio.open_connection('127.0.0.1', port)
    try:
        async with w2:
            pass
    except TypeError as exc:
        print('TypeError', exc)
    sr, sw = await accepted.get()
    w2.write(b'second\n')
    print(await sr.readline())
    print('transport set', w2.transport is not None)
    w2.close()
    await w2.wait_closed()
    print('after close closing', w2.is_closing())
    print('server side reads', await sr.read())
    sw.close()
    await sw.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
