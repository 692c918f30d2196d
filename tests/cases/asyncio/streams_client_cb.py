# client_connected_cb: plain functions, coroutines that fail, the exception
# handler's context, and the connection closed behind them.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    seen = []

    def handler(loop, context):
        exc = context.get('exception')
        seen.append((context['message'], type(exc).__name__, str(exc),
                     'transport' in context))

    loop.set_exception_handler(handler)

    def plain(reader, writer):
        writer.write(b'from a plain function\n')

    async def failing(reader, writer):
        await reader.readline()
        raise KeyError('boom')

    def failing_sync(reader, writer):
        raise ValueError('sync boom')

    for cb in (plain, failing, failing_sync):
        server = await asyncio.start_server(cb, '127.0.0.1', 0)
        port = server.sockets[0].getsockname()[1]
        r, w = await asyncio.open_connection('127.0.0.1', port)
        w.write(b'ping\n')
        try:
            got = await asyncio.wait_for(r.readline(), 0.2)
        except TimeoutError:
            got = 'no reply'
        print(cb.__name__, got)
        if cb is not plain:
            print(' then', await r.read())
        w.close()
        await w.wait_closed()
        server.close()
        await server.wait_closed()
    for entry in seen:
        print(entry)


asyncio.run(main())
