# An unclosed socket or datagram transport that dies warns ResourceWarning
# "unclosed transport ..." and closes its socket, as CPython's does.
import asyncio, gc, warnings, socket
async def main():
    loop = asyncio.get_running_loop()
    tr, pr = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=('127.0.0.1', 0))
    print(repr(tr).replace(str(tr._sock.fileno()), 'N'))
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter('always')
        fd = tr._sock.fileno()
        loop._remove_reader(fd)
        sock = tr._sock
        del tr, pr
        gc.collect()
    for w in got:
        print(w.category.__name__, str(w.message).replace(str(fd), 'N'), type(w.source).__name__)
    del got, w
    print(sock.fileno())
    a, b = socket.socketpair()
    tr, pr = await loop.create_connection(asyncio.Protocol, sock=a)
    await asyncio.sleep(0)
    print(repr(tr).replace(str(a.fileno()), 'N'))
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter('always')
        fd = a.fileno()
        loop._remove_reader(fd)
        del tr, pr
        gc.collect()
    for w in got:
        print(w.category.__name__, str(w.message).replace(str(fd), 'N'), type(w.source).__name__)
    del got, w
    print(a.fileno())
    b.close()
asyncio.run(main())

# shown through warnings.showwarning, as the loop's objects die
warnings.simplefilter('default')
warnings.showwarning = lambda msg, cat, *rest, **kw: print('shown:', cat.__name__, str(msg).split(' fd=')[0])
async def forget():
    loop = asyncio.get_running_loop()
    tr, pr = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=('127.0.0.1', 0))
    loop._remove_reader(tr._sock.fileno())
    tr = None
    gc.collect()
    print('forgotten')
asyncio.run(forget())
