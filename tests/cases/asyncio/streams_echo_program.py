# An asyncio echo server and several concurrent clients on 127.0.0.1:
# many messages each, a client that times out waiting for a reply that never
# comes, and a client task cancelled part-way; the server is shut down by
# cancelling serve_forever().
import asyncio

CLIENTS = 5
MESSAGES = 40


class Stats:
    def __init__(self):
        self.connections = 0
        self.lines = 0
        self.closed = 0


async def echo(reader, writer, stats):
    stats.connections += 1
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            stats.lines += 1
            if line.startswith(b'silent'):
                continue        # never answered: the client times out
            writer.write(b'echo:' + line)
            await writer.drain()
    finally:
        stats.closed += 1
        writer.close()


async def client(port, ident, log):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    total = 0
    for i in range(MESSAGES):
        msg = f'client {ident} message {i} ' + 'x' * (i * 7 % 50)
        writer.write(msg.encode() + b'\n')
        if i % 3 == 0:
            await writer.drain()
        reply = await reader.readline()
        assert reply == b'echo:' + msg.encode() + b'\n', reply
        total += len(reply)
        if i % 10 == 9:
            await asyncio.sleep(0)
    # A batch sent at once, read back in one go.
    writer.writelines(f'batch {ident} {k}\n'.encode() for k in range(10))
    await writer.drain()
    batch = [await reader.readline() for _ in range(10)]
    writer.close()
    await writer.wait_closed()
    log.append((ident, total, len(batch), batch[-1]))
    return ident, total


async def silent_client(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'silent please\n')
    await writer.drain()
    try:
        async with asyncio.timeout(0.05):
            await reader.readline()
    except TimeoutError:
        result = 'timed out'
    writer.write(b'after timeout\n')
    reply = await asyncio.wait_for(reader.readline(), 5)
    writer.close()
    await writer.wait_closed()
    return result, reply


async def cancelled_client(port, started):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    try:
        writer.write(b'first\n')
        print('cancelled client first reply:', await reader.readline())
        started.set()
        await reader.readline()         # the server only answers lines
    except asyncio.CancelledError:
        print('cancelled client: cancelled while reading')
        raise
    finally:
        writer.close()
        await writer.wait_closed()


async def main():
    stats = Stats()
    server = await asyncio.start_server(
        lambda r, w: echo(r, w, stats), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    serving = asyncio.create_task(server.serve_forever())

    log = []
    started = asyncio.Event()
    victim = asyncio.create_task(cancelled_client(port, started))
    results = await asyncio.gather(
        *(client(port, i, log) for i in range(CLIENTS)),
        silent_client(port))
    await started.wait()
    victim.cancel()
    try:
        await victim
    except asyncio.CancelledError:
        print('victim cancelled:', victim.cancelled())

    for ident, total in results[:-1]:
        print(f'client {ident}: {total} bytes echoed')
    print('silent client:', results[-1])
    print('clients finished:', len(log), sorted(entry[0] for entry in log))
    print('last batch lines:', sorted(entry[3] for entry in log))

    # wait_for around a client that can never finish in time.
    async def slow():
        r, w = await asyncio.open_connection('127.0.0.1', port)
        try:
            w.write(b'silent again\n')
            return await r.readexactly(100)
        finally:
            w.close()
            await w.wait_closed()

    try:
        await asyncio.wait_for(slow(), 0.05)
    except TimeoutError:
        print('wait_for: TimeoutError')

    serving.cancel()
    try:
        await serving
    except asyncio.CancelledError:
        print('server stopped; serving:', server.is_serving())
    await asyncio.sleep(0.01)
    print('connections', stats.connections, 'lines', stats.lines, 'closed', stats.closed)


asyncio.run(main())
