import asyncio
import os

async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.set_blocking(r, False)
    got = loop.create_future()
    def on_read(tag):
        data = os.read(r, 100)
        print('readable', tag, data)
        if data == b'end':
            loop.remove_reader(r)
            got.set_result('finished')
    loop.add_reader(r, on_read, 'x')
    loop.call_soon(os.write, w, b'hello')
    await asyncio.sleep(0.01)
    os.write(w, b'end')
    print(await got)
    print(loop.remove_reader(r), loop.remove_writer(r))
    ready = loop.create_future()
    def on_write():
        print('writable')
        loop.remove_writer(w)
        ready.set_result(None)
    loop.add_writer(w, on_write)
    await ready
    # reader and writer on one descriptor pair; replacing a reader
    loop.add_reader(r, print, 'first reader')
    second = loop.create_future()
    loop.add_reader(r, lambda: second.done() or second.set_result(os.read(r, 10)))
    os.write(w, b'z')
    print('second reader', await second)
    print(loop.remove_reader(r))
    # a reader driving a future, the usual pattern
    fut = loop.create_future()
    loop.add_reader(r, lambda: fut.set_result(os.read(r, 10)) if not fut.done() else None)
    loop.call_later(0.01, os.write, w, b'later')
    print(await fut)
    loop.remove_reader(r)
    os.close(r)
    os.close(w)
    try:
        loop.add_reader(-5, print)
    except ValueError as e:
        print('ValueError', e)
    try:
        loop.add_reader('nope', print)
    except ValueError as e:
        print('ValueError', e)

asyncio.run(main())
