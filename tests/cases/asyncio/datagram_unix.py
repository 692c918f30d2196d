# Unix datagram sockets: create_datagram_endpoint with family=AF_UNIX.
# cwd: tmp
import asyncio
import os
import socket


class Collect(asyncio.DatagramProtocol):
    def __init__(self):
        self.got = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.got.put_nowait((data, addr))


async def main():
    loop = asyncio.get_running_loop()
    server, sproto = await loop.create_datagram_endpoint(
        Collect, local_addr='server.sock', family=socket.AF_UNIX)
    print(server.get_extra_info('sockname'), os.path.exists('server.sock'))
    client, cproto = await loop.create_datagram_endpoint(
        Collect, local_addr='client.sock', remote_addr='server.sock', family=socket.AF_UNIX)
    print(client.get_extra_info('peername'))
    client.sendto(b'ping')
    data, addr = await sproto.got.get()
    print(data, addr)
    server.sendto(b'pong', addr)
    print(await cproto.got.get())
    client.close()
    server.close()
    await asyncio.sleep(0)
    # A stale socket file is replaced.
    again, _ = await loop.create_datagram_endpoint(
        Collect, local_addr='server.sock', family=socket.AF_UNIX)
    print(again.get_extra_info('sockname'))
    again.close()
    await asyncio.sleep(0)
    # A missing peer.
    try:
        await loop.create_datagram_endpoint(
            Collect, remote_addr='nobody.sock', family=socket.AF_UNIX)
    except OSError as exc:
        print(type(exc).__name__, exc.errno)

asyncio.run(main())
