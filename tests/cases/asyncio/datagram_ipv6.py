# Datagram endpoints on ::1, and a socket made by hand (sock=).
import asyncio
import socket


class Collect(asyncio.DatagramProtocol):
    def __init__(self):
        self.got = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.got.put_nowait((data, addr[0]))


async def main():
    loop = asyncio.get_running_loop()
    server, sproto = await loop.create_datagram_endpoint(Collect, local_addr=('::1', 0))
    addr = server.get_extra_info('sockname')
    print(addr[0], len(addr), server.get_extra_info('socket').family == socket.AF_INET6)
    client, _ = await loop.create_datagram_endpoint(
        asyncio.DatagramProtocol, remote_addr=addr[:2], family=socket.AF_INET6)
    client.sendto(b'over six')
    print(await sproto.got.get())
    client.close()

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(('127.0.0.1', 0))
    mine, mproto = await loop.create_datagram_endpoint(Collect, sock=sock)
    print(mine.get_extra_info('socket').fileno() == sock.fileno(), sock.gettimeout())
    other = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    other.sendto(b'from a plain socket', sock.getsockname())
    print(await mproto.got.get())
    mine.sendto(b'back', other.getsockname())
    print(other.recvfrom(100)[0])
    other.close()
    mine.abort()
    print(mine.is_closing())
    await asyncio.sleep(0)
    print(sock.fileno())
    server.close()

    # reuse_port and allow_broadcast
    t, _ = await loop.create_datagram_endpoint(
        asyncio.DatagramProtocol, local_addr=('127.0.0.1', 0), reuse_port=True)
    s = t.get_extra_info('socket')
    print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT))
    t.close()
    t, _ = await loop.create_datagram_endpoint(
        asyncio.DatagramProtocol, remote_addr=('127.0.0.1', 9), allow_broadcast=True)
    s = t.get_extra_info('socket')
    print(s.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST), t.get_extra_info('peername'))
    t.close()
    await asyncio.sleep(0)

asyncio.run(main())
