# Task and Future subclasses written in Python, and a duck-typed future
# (an object with _asyncio_future_blocking) awaited by a task.
import asyncio
import gc


class LoudFuture(asyncio.Future):
    def set_result(self, value):
        print('LoudFuture.set_result', value)
        super().set_result(value)

    def cancel(self, msg=None):
        print('LoudFuture.cancel', msg)
        return super().cancel(msg)


class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, **kw):
        super().__init__(coro, loop=loop, **kw)
        self.extra = 'kept'

    def cancel(self, msg=None):
        print('MyTask.cancel', msg, self.cancelling())
        return super().cancel(msg)


class Duck:
    """Not a Future, but shaped like one."""
    _asyncio_future_blocking = False

    def __init__(self, loop):
        self._loop, self._callbacks, self._value = loop, [], None

    def get_loop(self):
        return self._loop

    def add_done_callback(self, fn, *, context=None):
        print('Duck.add_done_callback', getattr(fn, '__qualname__', fn))
        self._callbacks.append((fn, context))

    def cancel(self, msg=None):
        print('Duck.cancel', msg)
        return False

    def done(self):
        return self._value is not None

    def result(self):
        return self._value

    def finish(self, value):
        self._value = value
        for fn, ctx in self._callbacks:
            self._loop.call_soon(fn, self, context=ctx)

    def __await__(self):
        self._asyncio_future_blocking = True
        yield self
        return self.result()


async def main():
    loop = asyncio.get_running_loop()
    lf = LoudFuture()
    print(repr(lf), type(lf).__name__)

    async def wait_on(f):
        return await f

    t = MyTask(wait_on(lf), loop=loop, name='mine')
    await asyncio.sleep(0)
    print(repr(t), t.extra)
    lf.set_result('done')
    print(await t, repr(t))

    lf2 = LoudFuture()
    t2 = MyTask(wait_on(lf2), loop=loop)
    await asyncio.sleep(0)
    print('cancel ->', t2.cancel('stop'))
    try:
        await t2
    except asyncio.CancelledError as exc:
        print('cancelled', exc.args, t2.cancelled())

    duck = Duck(loop)
    t3 = asyncio.create_task(wait_on(duck))
    await asyncio.sleep(0)
    print('waiting on duck', t3._fut_waiter is duck, duck._asyncio_future_blocking)
    print('cancel duck task', t3.cancel('duck msg'))
    duck.finish(7)
    try:
        print('duck result', await t3)
    except asyncio.CancelledError as exc:
        print('duck task cancelled', exc.args)

    duck2 = Duck(loop)
    t4 = asyncio.create_task(wait_on(duck2))
    await asyncio.sleep(0)
    duck2.finish(8)
    print('duck2', await t4)

    loop.set_task_factory(lambda lp, coro, **kw: MyTask(coro, loop=lp, **kw))
    t5 = asyncio.create_task(asyncio.sleep(0, 'from factory'))
    print(type(t5).__name__, await t5)
    loop.set_task_factory(None)

    class Report(asyncio.Future):
        def __del__(self):
            print('Report.__del__', self.done())
            super().__del__()
    r = Report()
    r.set_exception(OSError('unseen'))
    loop.set_exception_handler(lambda lp, ctx: print('handler:', ctx['message']))
    del r
    gc.collect()

    async def forever():
        await asyncio.Future()
    pending = MyTask(forever(), loop=loop)
    await asyncio.sleep(0)
    pending._log_destroy_pending = False
    print(pending._log_destroy_pending, pending._must_cancel, pending._coro is not None)
    pending.cancel()
    await asyncio.sleep(0)
    print(pending.cancelled())


asyncio.run(main())
