# BufferedProtocol receiving into its own buffer; pause_writing/resume_writing
# when the transport's write buffer crosses its water marks.
import asyncio
import socket


class Into(asyncio.BufferedProtocol):
    def __init__(self):
        self.buf = bytearray(1000)
        self.total = 0
        self.done = asyncio.get_running_loop().create_future()

    def get_buffer(self, sizehint):
        return self.buf

    def buffer_updated(self, nbytes):
        self.total += nbytes

    def eof_received(self):
        print('eof after', self.total, 'bytes')

    def connection_lost(self, exc):
        self.done.set_result(self.total)


class Writer(asyncio.Protocol):
    def __init__(self):
        self.events = []
        self.resumed = None

    def connection_made(self, transport):
        self.transport = transport

    def pause_writing(self):
        self.events.append('pause')

    def resume_writing(self):
        self.events.append('resume')
        if self.resumed is not None and not self.resumed.done():
            self.resumed.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    receivers = []

    def factory():
        p = Into()
        receivers.append(p)
        return p

    server = await loop.create_server(factory, '127.0.0.1', 0)
    # small kernel buffers on both ends, so that the writes below fill them
    # however much memory the kernel would otherwise give the connection
    server.sockets[0].setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    port = server.sockets[0].getsockname()[1]
    tr, pr = await loop.create_connection(Writer, '127.0.0.1', port)
    tr.get_extra_info('socket').setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    tr.set_write_buffer_limits(high=1000, low=100)
    chunk = b'z' * 4096
    sent = 0
    for _ in range(2000):
        tr.write(chunk)
        sent += len(chunk)
        if pr.events:
            break
    print('events after writes:', pr.events[:1], tr.get_write_buffer_size() > 1000)
    pr.resumed = loop.create_future()
    await pr.resumed
    print('events:', pr.events, 'buffer under low mark:', tr.get_write_buffer_size() <= 100)
    tr.close()
    total = await receivers[0].done
    print('received all:', total == sent)
    server.close()
    await server.wait_closed()


asyncio.run(main())
