# Server objects: start_serving=False, async with, serve_forever cancelled, errors.
import asyncio


async def handle(reader, writer):
    writer.write(b'hi\n')
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, start_serving=False)
    print('serving', server.is_serving(), server.get_loop() is asyncio.get_running_loop())
    await server.start_serving()
    print('serving', server.is_serving())
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    print(await r.readline(), await r.read())
    w.close()
    await w.wait_closed()

    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    try:
        await server.serve_forever()
    except RuntimeError as exc:
        print('RuntimeError', str(exc).split(' server ')[0][:40].startswith('server'), 'already' in str(exc))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('serve_forever cancelled; serving', server.is_serving(), server.sockets)
    await server.wait_closed()
    try:
        await server.serve_forever()
    except RuntimeError as exc:
        print('RuntimeError', str(exc).endswith('is closed'))
    server.close()

    async with await asyncio.start_server(handle, '127.0.0.1', 0) as srv:
        print('in context', srv.is_serving())
    print('after context', srv.is_serving(), srv.sockets)

    # Binding an address in use fails with CPython's message.
    first = await asyncio.start_server(handle, '127.0.0.1', 0, reuse_address=False)
    port = first.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(handle, '127.0.0.1', port, reuse_address=False)
    except OSError as exc:
        print(exc.errno, str(exc).replace(str(port), 'PORT'))
    first.close()
    await first.wait_closed()

    # Connection refused
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except OSError as exc:
        print(type(exc).__name__, str(exc).replace(str(port), 'PORT'))
    for kwargs in ({'host': '127.0.0.1', 'port': port, 'sock': object()}, {}):
        try:
            await asyncio.get_running_loop().create_connection(asyncio.Protocol, **kwargs)
        except ValueError as exc:
            print('ValueError', exc)
    try:
        await asyncio.get_running_loop().create_server(asyncio.Protocol)
    except ValueError as exc:
        print('ValueError', exc)


asyncio.run(main())
