# create_datagram_endpoint over UDP on 127.0.0.1: an echo server and a client.
import asyncio
import socket


class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        print('server connection_made', type(transport).__name__)
        self.transport = transport

    def datagram_received(self, data, addr):
        print('server got', data, addr[0])
        self.transport.sendto(data.upper(), addr)

    def connection_lost(self, exc):
        print('server connection_lost', exc)


class Client(asyncio.DatagramProtocol):
    def __init__(self, loop):
        self.replies = asyncio.Queue()
        self.closed = loop.create_future()

    def connection_made(self, transport):
        print('client connection_made')

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)

    def error_received(self, exc):
        print('client error', exc)

    def connection_lost(self, exc):
        print('client connection_lost', exc)
        self.closed.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(Echo, local_addr=('127.0.0.1', 0))
    host, port = server.get_extra_info('sockname')
    print(host, server.get_extra_info('peername'))
    sock = server.get_extra_info('socket')
    print(sock.type == socket.SOCK_DGRAM, sock.family == socket.AF_INET, sock.gettimeout() == 0)
    client, proto = await loop.create_datagram_endpoint(
        lambda: Client(loop), remote_addr=('127.0.0.1', port))
    print(client.get_extra_info('peername') == ('127.0.0.1', port))
    for word in (b'one', b'two', bytearray(b'three'), memoryview(b'four'), b''):
        client.sendto(word)
        print('reply', await proto.replies.get())
    client.sendto(b'five', ('127.0.0.1', port))
    print('reply', await proto.replies.get())
    print(client.get_write_buffer_size(), client.is_closing())
    client.close()
    print(client.is_closing())
    await proto.closed
    server.close()
    await asyncio.sleep(0)
    print(repr(server).split()[1])

asyncio.run(main())
