# create_server / create_connection with Protocol classes: callbacks in order.
import asyncio


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print('server: connection_made', type(transport.get_extra_info('peername')).__name__)

    def data_received(self, data):
        print('server: data_received', data)
        self.transport.write(data.upper())

    def eof_received(self):
        print('server: eof_received')
        # Returning None closes the transport.

    def connection_lost(self, exc):
        print('server: connection_lost', exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = []

    def connection_made(self, transport):
        print('client: connection_made')
        transport.write(b'hello ')
        transport.writelines([b'wor', b'ld'])
        transport.write_eof()
        print('client: can_write_eof', transport.can_write_eof())

    def data_received(self, data):
        self.received.append(data)

    def eof_received(self):
        print('client: eof_received')
        return False

    def connection_lost(self, exc):
        print('client: connection_lost', exc, b''.join(self.received))
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, '127.0.0.1', 0)
    print('serving', server.is_serving(), len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), '127.0.0.1', port)
    print(isinstance(transport, asyncio.Transport), isinstance(protocol, Client))
    print(transport.get_extra_info('peername')[1] == port)
    print(transport.get_extra_info('sockname')[0])
    print(transport.get_extra_info('nothing', 'default'))
    await done
    print('transport closing', transport.is_closing())
    server.close()
    print('serving', server.is_serving(), server.sockets)
    await server.wait_closed()
    print('closed')


asyncio.run(main())
