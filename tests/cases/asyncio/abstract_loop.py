import asyncio

loop = asyncio.AbstractEventLoop()
for name in ('run_forever', 'stop', 'is_running', 'time', 'create_future', 'get_debug'):
    try:
        getattr(loop, name)()
    except NotImplementedError:
        print(name, 'NotImplementedError')
try:
    loop.call_soon(print)
except NotImplementedError:
    print('call_soon NotImplementedError')
c = loop.shutdown_asyncgens()
try:
    c.send(None)
except NotImplementedError:
    print('shutdown_asyncgens NotImplementedError')
print(asyncio.AbstractEventLoop.run_forever.__qualname__)
server = asyncio.AbstractServer()
try:
    server.close()
except NotImplementedError:
    print('server close NotImplementedError')
print(issubclass(asyncio.BaseEventLoop, asyncio.AbstractEventLoop))
