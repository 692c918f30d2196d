# Pipe transports refuse what is not a pipe, socket or character device.
# cwd: tmp
import asyncio
import os
import socket


async def main():
    loop = asyncio.get_running_loop()
    with open('plain.txt', 'wb') as f:
        f.write(b'abc')
    for connect in (loop.connect_read_pipe, loop.connect_write_pipe):
        f = open('plain.txt', 'rb+')
        try:
            await connect(asyncio.Protocol, f)
        except ValueError as exc:
            print(connect.__name__, exc)
        f.close()
    # A socket works as a pipe.
    a, b = socket.socketpair()
    done = loop.create_future()

    class P(asyncio.Protocol):
        def data_received(self, data):
            print('got', data)

        def eof_received(self):
            print('eof')

        def connection_lost(self, exc):
            done.set_result(exc)

    transport, _ = await loop.connect_read_pipe(P, a)
    b.sendall(b'through a socket')
    await asyncio.sleep(0.01)
    b.close()
    print(await done)
    # The character device /dev/null is fine for writing.
    null = open('/dev/null', 'wb')
    transport, _ = await loop.connect_write_pipe(asyncio.BaseProtocol, null)
    transport.write(b'gone')
    print(transport.get_write_buffer_size())
    transport.close()
    await asyncio.sleep(0)
    print(null.closed)
    try:
        transport.write('text')
    except AssertionError as exc:
        print('AssertionError', exc)

asyncio.run(main())
