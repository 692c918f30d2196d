# connect_read_pipe: callbacks in order, pausing, the reprs.
import asyncio
import os


class Reader(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        print('connection_made', type(transport).__name__)
        self.transport = transport

    def data_received(self, data):
        print('data_received', data)

    def eof_received(self):
        print('eof_received', self.transport.is_closing())

    def connection_lost(self, exc):
        print('connection_lost', exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.write(w, b'first chunk')
    done = loop.create_future()
    pipe = open(r, 'rb', buffering=0)
    transport, protocol = await loop.connect_read_pipe(lambda: Reader(done), pipe)
    print(transport.get_extra_info('pipe') is pipe, transport.is_reading())
    print(os.get_blocking(r), repr(transport).replace(str(r), 'R'))
    await asyncio.sleep(0.01)
    transport.pause_reading()
    print(transport.is_reading(), repr(transport).replace(str(r), 'R'))
    os.write(w, b'while paused')
    await asyncio.sleep(0.01)
    transport.resume_reading()
    transport.resume_reading()
    await asyncio.sleep(0.01)
    os.close(w)
    await done
    print(pipe.closed, transport.is_closing(), repr(transport).replace(str(r), 'R'))
    transport.close()

    # close() from our side.
    r, w = os.pipe()
    done = loop.create_future()
    transport, _ = await loop.connect_read_pipe(lambda: Reader(done), os.fdopen(r, 'rb'))
    transport.close()
    print(transport.is_closing())
    transport.close()
    await done
    os.close(w)

asyncio.run(main())
