# cwd: tmp
# start_unix_server / open_unix_connection on a socket file.
import asyncio
import os


async def handle(reader, writer):
    data = await reader.readexactly(5)
    writer.write(data[::-1])
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_unix_server(handle, 'sock')
    print('socket file exists', os.path.exists('sock'))
    for word in (b'hello', b'world'):
        reader, writer = await asyncio.open_unix_connection('sock')
        print(writer.get_extra_info('peername'))
        writer.write(word)
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print('socket file exists', os.path.exists('sock'))
    try:
        await asyncio.open_unix_connection('sock')
    except FileNotFoundError as exc:
        print('FileNotFoundError', exc.errno)


asyncio.run(main())
