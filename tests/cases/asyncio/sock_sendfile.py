# cwd: tmp
# loop.sock_sendfile and loop.sendfile: os.sendfile for regular files, the
# read-and-send fallback for others, the argument checks and their texts.
import asyncio, io, os, socket

DATA = bytes(range(256)) * 64 + b'tail'

async def drain(loop, sock, n):
    got = b''
    while len(got) < n:
        chunk = await loop.sock_recv(sock, 65536)
        if not chunk:
            break
        got += chunk
    return got

async def sock_cases(loop):
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    with open('data.bin', 'wb') as f:
        f.write(DATA)
    with open('data.bin', 'rb') as f:
        n = await loop.sock_sendfile(a, f)
        print('native', n, f.tell(), await drain(loop, b, n) == DATA)
        n = await loop.sock_sendfile(a, f, 100, 50)
        print('offset+count', n, f.tell(), await drain(loop, b, n) == DATA[100:150])
        n = await loop.sock_sendfile(a, f, len(DATA) - 3)
        print('to the end', n, f.tell(), await drain(loop, b, n))
        n = await loop.sock_sendfile(a, f, len(DATA) + 10)
        print('past the end', n, f.tell())
    buf = io.BytesIO(DATA)
    n = await loop.sock_sendfile(a, buf, 10, 1000)
    print('fallback', n, buf.tell(), await drain(loop, b, n) == DATA[10:1010])
    n = await loop.sock_sendfile(a, buf, 5)
    print('fallback all', n, buf.tell(), len(await drain(loop, b, n)))
    try:
        await loop.sock_sendfile(a, io.BytesIO(b'x'), fallback=False)
    except asyncio.SendfileNotAvailableError as e:
        print(type(e).__name__, e, isinstance(e, RuntimeError))
    open('empty.bin', 'wb').close()
    with open('empty.bin', 'rb') as f:
        print('empty', await loop.sock_sendfile(a, f))
    with open('data.bin') as text:
        for args in ((a, text), (a, buf, 0, 0), (a, buf, 0, 'x'), (a, buf, -1),
                     (a, buf, 1.5), (a, buf, 0, -3)):
            try:
                await loop.sock_sendfile(*args)
            except (TypeError, ValueError) as e:
                print(type(e).__name__, e)
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.setblocking(False)
    try:
        await loop.sock_sendfile(u, buf)
    except ValueError as e:
        print('ValueError', e)
    u.close()
    loop.set_debug(True)
    a.setblocking(True)
    try:
        await loop.sock_sendfile(a, buf)
    except ValueError as e:
        print('ValueError', e)
    loop.set_debug(False)
    a.close(); b.close()

class Sink(asyncio.Protocol):
    def __init__(self):
        self.data = bytearray()
        self.done = asyncio.get_running_loop().create_future()
    def data_received(self, data):
        self.data += data
    def eof_received(self):
        self.done.set_result(bytes(self.data))

class Quiet(asyncio.Protocol):
    def connection_made(self, t):
        print('made')
    def connection_lost(self, exc):
        print('lost', exc)

async def transport_cases(loop):
    sink = Sink()
    server = await loop.create_server(lambda: sink, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    tr, pr = await loop.create_connection(Quiet, '127.0.0.1', port)
    with open('data.bin', 'rb') as f:
        print('transport native', await loop.sendfile(tr, f, 7), f.tell())
    buf = io.BytesIO(DATA)
    print('transport fallback', await loop.sendfile(tr, buf, 0, 300), buf.tell())
    try:
        await loop.sendfile(tr, io.BytesIO(b'abc'), fallback=False)
    except asyncio.SendfileNotAvailableError as e:
        print('SendfileNotAvailableError', e)
    tr.write(b'!')
    print(tr.get_protocol() is pr, tr.is_reading())
    tr.write_eof()
    got = await sink.done
    print(len(got), got == DATA[7:] + DATA[:300] + b'!')
    tr.close()
    try:
        await loop.sendfile(tr, buf)
    except RuntimeError as e:
        print('RuntimeError', e)
    await asyncio.sleep(0)
    dt, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=('127.0.0.1', 0))
    try:
        await loop.sendfile(dt, buf)
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' <')[0])
    dt.close()
    server.close()
    await server.wait_closed()

async def busy_case(loop):
    # while sendfile waits for the socket, the transport refuses writes
    with open('big.bin', 'wb') as f:
        f.write(os.urandom(1 << 22))
    a, b = socket.socketpair()
    b.setblocking(False)
    tr, pr = await loop.create_connection(asyncio.Protocol, sock=a)
    with open('big.bin', 'rb') as f:
        job = asyncio.create_task(loop.sendfile(tr, f))
        for _ in range(3):
            await asyncio.sleep(0)
        for call in (lambda: tr.write(b'x'), lambda: tr.writelines([b'x'])):
            try:
                call()
            except RuntimeError as e:
                print('RuntimeError', e)
        got = 0
        while got < (1 << 22):
            chunk = await loop.sock_recv(b, 1 << 16)
            got += len(chunk)
        print('sent', await job, got, f.tell())
    tr.close()
    await asyncio.sleep(0)
    b.close()

async def main():
    loop = asyncio.get_running_loop()
    await sock_cases(loop)
    await transport_cases(loop)
    await busy_case(loop)

asyncio.run(main())
