# start_server / open_connection: an upper-casing line server.
import asyncio


async def handle(reader, writer):
    print('server peer host', writer.get_extra_info('peername')[0])
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    print('server: client sent EOF')
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(type(reader).__name__, type(writer).__name__)
    print(writer.get_extra_info('peername')[1] == port, writer.can_write_eof())
    for word in (b'alpha', b'beta', b'gamma'):
        writer.write(word + b'\n')
        await writer.drain()
        print(await reader.readline())
    writer.writelines([b'one ', b'two\n', b'three\n'])
    print(await reader.readuntil(b'\n'), await reader.readexactly(6))
    writer.write_eof()
    print(await reader.read(), reader.at_eof())
    print('closing', writer.is_closing())
    writer.close()
    print('closing', writer.is_closing())
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print('done')


asyncio.run(main())
