# error_received(): a connected UDP socket whose peer port is closed.
import asyncio
import socket


class Peer(asyncio.DatagramProtocol):
    def __init__(self, loop):
        self.errors = asyncio.Queue()

    def error_received(self, exc):
        self.errors.put_nowait(exc)

    def connection_lost(self, exc):
        print('connection_lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind(('127.0.0.1', 0))
    addr = probe.getsockname()
    probe.close()            # nobody listens there now
    transport, proto = await loop.create_datagram_endpoint(
        lambda: Peer(loop), remote_addr=addr)
    transport.sendto(b'anyone?')
    exc = await asyncio.wait_for(proto.errors.get(), 5)
    print(type(exc).__name__, exc.errno)
    print(transport.is_closing())
    transport.close()
    await asyncio.sleep(0)

    # The default error_received does nothing.
    transport, proto = await loop.create_datagram_endpoint(
        asyncio.DatagramProtocol, remote_addr=addr)
    transport.sendto(b'again')
    await asyncio.sleep(0.05)
    print(transport.is_closing())
    transport.close()
    await asyncio.sleep(0)

asyncio.run(main())
