import asyncio
import os
import signal

async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    def on_usr1(tag):
        print('SIGUSR1 handled', tag)
        if not got.done():
            got.set_result('ok')
    loop.add_signal_handler(signal.SIGUSR1, on_usr1, 'arg')
    os.kill(os.getpid(), signal.SIGUSR1)
    print(await got)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
    async def coro():
        pass
    for bad in (coro, ):
        try:
            loop.add_signal_handler(signal.SIGUSR2, bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        loop.add_signal_handler('x', print)
    except TypeError as e:
        print('TypeError', e)
    try:
        loop.add_signal_handler(12345, print)
    except ValueError as e:
        print('ValueError', e)
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print('RuntimeError', e)
    # a signal waking the loop out of a long wait
    woke = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR2, lambda: woke.set_result('woken'))
    loop.call_later(0.01, os.kill, os.getpid(), signal.SIGUSR2)
    print(await asyncio.wait_for(woke, 5))
    loop.add_signal_handler(signal.SIGINT, print, 'int')
    print(loop.remove_signal_handler(signal.SIGINT), signal.getsignal(signal.SIGINT) is signal.default_int_handler)

asyncio.run(main())
print(signal.getsignal(signal.SIGUSR2) == signal.SIG_DFL)
