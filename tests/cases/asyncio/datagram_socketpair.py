# Datagram transports over a Unix socketpair and a connected UDP pair:
# send() to the peer, sendto(None), reading paused and resumed.
import asyncio
import socket


class Collect(asyncio.DatagramProtocol):
    def __init__(self):
        self.got = asyncio.Queue()

    def connection_made(self, transport):
        peer = transport.get_extra_info('peername')
        print('connection_made', peer[0] if peer else None)

    def datagram_received(self, data, addr):
        self.got.put_nowait((data, addr))

    def error_received(self, exc):
        print('error_received', type(exc).__name__)

    def connection_lost(self, exc):
        print('connection_lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
    ta, pa = await loop.create_datagram_endpoint(Collect, sock=a)
    tb, pb = await loop.create_datagram_endpoint(Collect, sock=b)
    print(ta.get_extra_info('sockname') or None, ta.get_extra_info('peername') or None)
    b.send(b'raw')
    print(await pa.got.get())
    ta.pause_reading()
    print(ta.is_reading())
    b.send(b'while paused')
    await asyncio.sleep(0.02)
    print(pa.got.qsize())
    ta.resume_reading()
    print(ta.is_reading(), await pa.got.get())
    ta.close()
    ta.pause_reading()
    print(ta.is_reading())
    tb.abort()
    await asyncio.sleep(0)

    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u1.bind(('127.0.0.1', 0))
    t1, p1 = await loop.create_datagram_endpoint(Collect, local_addr=('127.0.0.1', 0),
                                                 remote_addr=u1.getsockname())
    t1.sendto(b'to the peer')
    t1.sendto(b'also', None)
    print(u1.recv(100), u1.recv(100))
    u1.connect(t1.get_extra_info('sockname'))
    u1.send(b'answer')
    data, addr = await p1.got.get()
    print(data, addr == u1.getsockname())
    t1.close()
    t1.close()
    t1.sendto(b'after close')
    await asyncio.sleep(0)
    u1.close()

asyncio.run(main())
