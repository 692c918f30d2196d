# connect_write_pipe: writing, write_eof, buffering when the pipe is full.
import asyncio
import os


class Writer(asyncio.BaseProtocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        print('connection_made', type(transport).__name__)

    def pause_writing(self):
        print('pause_writing')

    def resume_writing(self):
        print('resume_writing')

    def connection_lost(self, exc):
        print('connection_lost', exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    done = loop.create_future()
    transport, protocol = await loop.connect_write_pipe(lambda: Writer(done), open(w, 'wb'))
    print(repr(transport).replace(str(w), 'W'))
    transport.write(b'hello ')
    transport.write(bytearray(b'pipe '))
    transport.writelines([b'a', memoryview(b'bc')])
    transport.write(b'')
    print(os.read(r, 100))
    print(transport.get_write_buffer_size(), transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(high=1000)
    print(transport.get_write_buffer_limits())
    try:
        transport.set_write_buffer_limits(high=1, low=2)
    except ValueError as exc:
        print(exc)
    # Fill the pipe: the rest waits in the buffer.
    transport.write(b'x' * 200000)
    size = transport.get_write_buffer_size()
    print(size > 0, repr(transport).replace(str(w), 'W').split()[2])
    got = 0
    while got < 200000:
        await asyncio.sleep(0)
        try:
            got += len(os.read(r, 65536))
        except BlockingIOError:
            pass
        os.set_blocking(r, False)
    await asyncio.sleep(0)
    print(got, transport.get_write_buffer_size())
    print(transport.can_write_eof())
    transport.write_eof()
    print(transport.is_closing())
    transport.write(b'ignored')
    await done
    print(os.read(r, 10))
    os.close(r)

asyncio.run(main())
