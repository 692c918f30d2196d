# start_server on host "" (every address of the family) and on a list of hosts.
import asyncio, socket
async def main():
    s = await asyncio.start_server(lambda r, w: w.close(), '', 0, family=socket.AF_INET)
    print(len(s.sockets), s.sockets[0].getsockname()[0])
    port = s.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    print(await r.read())
    w.close(); await w.wait_closed()
    s.close(); await s.wait_closed()
    s = await asyncio.start_server(lambda r, w: w.close(), ['127.0.0.1'], 0)
    print(len(s.sockets))
    s.close(); await s.wait_closed()
asyncio.run(main())
