# The socket transport: write errors, pause/resume reading, buffer limits, abort.
import asyncio


class Recorder(asyncio.Protocol):
    def __init__(self, name):
        self.name = name
        self.lost = asyncio.get_running_loop().create_future()
        self.data = b''

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.data += data

    def connection_lost(self, exc):
        print(self.name, 'lost', type(exc).__name__ if exc else None)
        self.lost.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    accepted = []

    def factory():
        p = Recorder('server')
        accepted.append(p)
        return p

    server = await loop.create_server(factory, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    tr, pr = await loop.create_connection(lambda: Recorder('client'), '127.0.0.1', port)
    for bad in ('text', 12, None, [b'x']):
        try:
            tr.write(bad)
        except TypeError as exc:
            print(exc)
    tr.write(b'')
    print('limits', tr.get_write_buffer_limits(), tr.get_write_buffer_size())
    tr.set_write_buffer_limits(high=100)
    print('limits', tr.get_write_buffer_limits())
    tr.set_write_buffer_limits(low=10)
    print('limits', tr.get_write_buffer_limits())
    try:
        tr.set_write_buffer_limits(high=1, low=5)
    except ValueError as exc:
        print(exc)
    print('reading', tr.is_reading())
    tr.pause_reading()
    print('reading', tr.is_reading())
    await asyncio.sleep(0.01)
    srv = accepted[0]
    srv.transport.write(b'while paused')
    await asyncio.sleep(0.05)
    print('client got while paused:', pr.data)
    tr.resume_reading()
    while not pr.data:
        await asyncio.sleep(0.01)
    print('client got after resume:', pr.data)
    tr.write_eof()
    try:
        tr.write(b'more')
    except RuntimeError as exc:
        print(exc)
    tr.abort()
    print('closing', tr.is_closing())
    await pr.lost
    await srv.lost
    print('server got', srv.data)
    server.close()
    await server.wait_closed()
    print(issubclass(asyncio.Transport, asyncio.ReadTransport),
          issubclass(asyncio.Transport, asyncio.WriteTransport),
          issubclass(asyncio.BufferedProtocol, asyncio.BaseProtocol),
          issubclass(asyncio.DatagramProtocol, asyncio.BaseProtocol))
    p = asyncio.Protocol()
    print(p.data_received(b'x'), p.eof_received(), p.connection_made(None), p.pause_writing())


asyncio.run(main())
