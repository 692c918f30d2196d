# A write pipe whose reader goes away, and abort().
import asyncio
import os


class Writer(asyncio.BaseProtocol):
    def __init__(self, done):
        self.done = done

    def connection_lost(self, exc):
        print('connection_lost', repr(exc))
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()

    # The reader closes while nothing is buffered: a clean loss.
    r, w = os.pipe()
    done = loop.create_future()
    transport, _ = await loop.connect_write_pipe(lambda: Writer(done), open(w, 'wb'))
    os.close(r)
    await done
    print(transport.is_closing())

    # The reader has gone before a write: os.write fails with EPIPE.
    r, w = os.pipe()
    done = loop.create_future()
    transport, _ = await loop.connect_write_pipe(lambda: Writer(done), open(w, 'wb'))
    loop._remove_reader(w)
    os.close(r)
    transport.write(b'data')
    await done
    for _ in range(6):
        transport.write(b'more')

    # The reader closes while data waits in the buffer: BrokenPipeError.
    r, w = os.pipe()
    done = loop.create_future()
    transport, _ = await loop.connect_write_pipe(lambda: Writer(done), open(w, 'wb'))
    transport.write(b'y' * 200000)
    print(transport.get_write_buffer_size() > 0)
    os.close(r)
    await done

    # abort() drops the buffer.
    r, w = os.pipe()
    done = loop.create_future()
    transport, _ = await loop.connect_write_pipe(lambda: Writer(done), open(w, 'wb'))
    transport.write(b'z' * 200000)
    transport.abort()
    print(transport.get_write_buffer_size(), transport.is_closing())
    await done
    os.close(r)

asyncio.run(main())
