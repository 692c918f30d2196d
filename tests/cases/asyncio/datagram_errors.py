# create_datagram_endpoint's argument checks and sendto()'s, with CPython's messages.
import asyncio
import re
import socket


async def attempt(label, coro):
    try:
        result = await coro
    except Exception as exc:
        print(label, type(exc).__name__, re.sub(r'fd=\d+', 'fd=N', str(exc)))
    else:
        print(label, 'ok')
        result[0].close()


async def main():
    loop = asyncio.get_running_loop()
    P = asyncio.DatagramProtocol
    stream = socket.socket()
    await attempt('stream', loop.create_datagram_endpoint(P, sock=stream))
    stream.close()
    dgram = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    await attempt('mods', loop.create_datagram_endpoint(
        P, sock=dgram, local_addr=('127.0.0.1', 0), reuse_port=True, family=2))
    await attempt('mods2', loop.create_datagram_endpoint(P, sock=dgram, allow_broadcast=True))
    dgram.close()
    await attempt('nofamily', loop.create_datagram_endpoint(P))
    await attempt('notuple', loop.create_datagram_endpoint(P, local_addr='127.0.0.1'))
    await attempt('triple', loop.create_datagram_endpoint(P, remote_addr=('127.0.0.1', 1, 2)))
    await attempt('unixtuple', loop.create_datagram_endpoint(
        P, local_addr=('a', 1), family=socket.AF_UNIX))
    await attempt('mismatch', loop.create_datagram_endpoint(
        P, local_addr=('127.0.0.1', 0), remote_addr=('::1', 9), family=0))
    await attempt('family-only', loop.create_datagram_endpoint(P, family=socket.AF_INET))
    await attempt('bind', loop.create_datagram_endpoint(P, local_addr=('192.0.2.1', 0)))

    transport, _ = await loop.create_datagram_endpoint(P, local_addr=('127.0.0.1', 0))
    for bad in ('text', 5, None):
        try:
            transport.sendto(bad, ('127.0.0.1', 9))
        except TypeError as exc:
            print('sendto', exc)
    addr = transport.get_extra_info('sockname')
    peer, _ = await loop.create_datagram_endpoint(P, remote_addr=addr)
    try:
        peer.sendto(b'x', ('127.0.0.1', 1))
    except ValueError as exc:
        print(str(exc).replace(str(addr[1]), 'PORT'))
    peer.sendto(b'fine', addr)
    peer.close()
    transport.close()
    await asyncio.sleep(0)

asyncio.run(main())
