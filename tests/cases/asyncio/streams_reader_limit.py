# StreamReader limits: LimitOverrunError and readline's ValueError with CPython's texts.
import asyncio


async def main():
    r = asyncio.StreamReader(limit=8)
    print(r)
    r.feed_data(b'0123456789abcdef\nrest\n')
    try:
        await r.readuntil(b'\n')
    except asyncio.LimitOverrunError as exc:
        print(type(exc).__name__, exc, exc.consumed)
    try:
        await r.readline()
    except ValueError as exc:
        print('ValueError', exc)
    print(await r.readline())

    r = asyncio.StreamReader(limit=4)
    r.feed_data(b'abcdefghij')
    try:
        await r.readuntil(b'!')
    except asyncio.LimitOverrunError as exc:
        print(exc, exc.consumed)
    try:
        await r.readline()
    except ValueError as exc:
        print('ValueError', exc)
    r.feed_data(b'xyz')
    print(await r.read(3), r.at_eof())

    # read(-1) reads in blocks of the limit until EOF.
    r = asyncio.StreamReader(limit=3)
    r.feed_data(b'abcdefgh')
    r.feed_eof()
    print(await r.read())

    e = asyncio.LimitOverrunError('msg', 7)
    print(repr(e), e.consumed, e.args)
    e = asyncio.IncompleteReadError(b'ab', 10)
    print(repr(e), str(e), e.args)
    e = asyncio.IncompleteReadError(b'ab', None)
    print(str(e))


asyncio.run(main())
