# StreamReader fed by hand: read, readline, readexactly, readuntil, at_eof, errors.
import asyncio


async def main():
    r = asyncio.StreamReader()
    print(r)
    r.feed_data(b'line one\nline two\npartial')
    print(r)
    print(await r.readline())
    print(await r.readuntil(b'two'))
    print(await r.readexactly(2))
    print(await r.read(3))
    print(await r.read(0))
    r.feed_eof()
    print(r.at_eof())
    print(await r.readline())
    print(r.at_eof())
    print(await r.read())
    print(await r.readline())
    try:
        await r.readexactly(1)
    except asyncio.IncompleteReadError as exc:
        print(type(exc).__name__, exc, exc.partial, exc.expected)

    r = asyncio.StreamReader()
    r.feed_data(b'abc')
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as exc:
        print(exc, exc.partial, exc.expected, isinstance(exc, EOFError))
    r = asyncio.StreamReader()
    r.feed_data(b'no separator')
    r.feed_eof()
    try:
        await r.readuntil(b'\n')
    except asyncio.IncompleteReadError as exc:
        print(exc, exc.partial, exc.expected)
    for bad in (b'', ()):
        try:
            await r.readuntil(bad)
        except ValueError as exc:
            print('ValueError', exc)
    try:
        await r.readexactly(-1)
    except ValueError as exc:
        print('ValueError', exc)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as exc:
        print('ValueError', exc)

    # Several separators: the match that ends first wins.
    r = asyncio.StreamReader()
    r.feed_data(b'a;b,c;;d')
    print(await r.readuntil((b';;', b',')))
    print(await r.readuntil((b';;', b';')))
    print(await r.readuntil((b';;', b';')))

    # Iteration by lines.
    r = asyncio.StreamReader()
    r.feed_data(b'x\ny\nz')
    r.feed_eof()
    print([line async for line in r])

    # set_exception reaches readers, present and later.
    r = asyncio.StreamReader()
    r.feed_data(b'kept')
    r.set_exception(ConnectionResetError('gone'))
    for coro in (r.read(2), r.readline(), r.readexactly(1)):
        try:
            await coro
        except ConnectionResetError as exc:
            print('error:', exc)
    print(r.exception())


asyncio.run(main())
