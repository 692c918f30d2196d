# Flow control of a write pipe: water marks, pause_writing/resume_writing,
# and a StreamWriter's drain() waiting for them.
import asyncio
import os


class Flow(asyncio.BaseProtocol):
    def pause_writing(self):
        print('pause_writing')

    def resume_writing(self):
        print('resume_writing')


async def drain_pipe(fd, total):
    got = 0
    while got < total:
        await asyncio.sleep(0)
        try:
            got += len(os.read(fd, 1 << 16))
        except BlockingIOError:
            pass
    return got


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.set_blocking(r, False)
    transport, _ = await loop.connect_write_pipe(Flow, os.fdopen(w, 'wb'))
    transport.write(b'a' * 100000)
    left = transport.get_write_buffer_size()
    print(left > 0)
    transport.set_write_buffer_limits(high=left + 10)
    print(transport.get_write_buffer_limits() == ((left + 10) // 4, left + 10))
    transport.set_write_buffer_limits(high=10, low=5)
    print('limits lowered')
    print(await drain_pipe(r, 100000))
    await asyncio.sleep(0)
    print(transport.get_write_buffer_size())
    transport.close()
    await asyncio.sleep(0)

    r, w = os.pipe()
    os.set_blocking(r, False)
    transport, protocol = await loop.connect_write_pipe(
        lambda: asyncio.streams.FlowControlMixin(loop=loop), os.fdopen(w, 'wb'))
    writer = asyncio.StreamWriter(transport, protocol, None, loop)
    writer.write(b'b' * 300000)
    reader_task = asyncio.ensure_future(drain_pipe(r, 300000))
    await writer.drain()
    print('drained', transport.get_write_buffer_size() <= 16384)
    print(await reader_task)
    writer.close()
    await asyncio.sleep(0)
    os.close(r)

asyncio.run(main())
