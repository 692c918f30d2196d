# Streams over pipes: a StreamReader fed by connect_read_pipe, a StreamWriter
# over connect_write_pipe.
import asyncio
import os


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    reader = asyncio.StreamReader()
    protocol = asyncio.StreamReaderProtocol(reader)
    await loop.connect_read_pipe(lambda: protocol, os.fdopen(r, 'rb'))

    r2, w2 = os.pipe()
    transport, wprotocol = await loop.connect_write_pipe(
        lambda: asyncio.streams.FlowControlMixin(loop=loop), os.fdopen(w2, 'wb'))
    writer = asyncio.StreamWriter(transport, wprotocol, None, loop)
    writer.write(b'alpha\nbeta\ngamma')
    await writer.drain()
    writer.close()
    print(writer.is_closing())
    await asyncio.sleep(0)
    data = b''
    while True:
        chunk = os.read(r2, 100)
        if not chunk:
            break
        data += chunk
    os.close(r2)
    os.write(w, data)
    os.close(w)
    print(await reader.readline())
    print(await reader.readuntil(b'\n'))
    print(await reader.read())
    print(reader.at_eof())

asyncio.run(main())
