# How a task suspends on what its coroutine yields and wakes up again:
# plain futures, subclasses, futures already done when yielded, tasks,
# cancellation between the wake-up being scheduled and run, callback order,
# and eager tasks.
import asyncio


class MyFuture(asyncio.Future):
    pass


class YieldDone:
    """Yields a future that is already done, still marked as blocking."""

    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        self.fut._asyncio_future_blocking = True
        yield self.fut
        return self.fut.result()


async def waiter(fut, log, name):
    try:
        value = await fut
        log.append((name, 'value', value))
    except asyncio.CancelledError as exc:
        log.append((name, 'cancelled', exc.args))
        raise
    except Exception as exc:
        log.append((name, 'error', repr(exc)))


async def main():
    loop = asyncio.get_running_loop()
    log = []

    # plain future, subclass, and a task as what is awaited
    for make in (loop.create_future, lambda: MyFuture(loop=loop)):
        fut = make()
        t = asyncio.create_task(waiter(fut, log, type(fut).__name__))
        await asyncio.sleep(0)
        print(type(fut).__name__, fut._callbacks is not None, t._fut_waiter is fut)
        fut.set_result(1)
        await t

    inner = asyncio.create_task(asyncio.sleep(0, 'inner'))
    await waiter(inner, log, 'task')

    # a future that is done already when it is yielded
    fut = loop.create_future()
    fut.set_result('early')
    print('yield done', await YieldDone(fut))
    fut = loop.create_future()
    fut.set_exception(KeyError('k'))
    try:
        await YieldDone(fut)
    except KeyError as exc:
        print('yield done error', repr(exc))

    # cancelled after the future's result arrived, before the wake-up ran
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut, log, 'late-cancel'))
    await asyncio.sleep(0)
    fut.set_result('arrived')
    print('cancel', t.cancel('why'), t.cancelling(), t._fut_waiter is fut)
    await asyncio.gather(t, return_exceptions=True)
    print('late cancel', t.cancelled())

    # cancelled while waiting: the future is cancelled with the message
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut, log, 'wait-cancel'))
    await asyncio.sleep(0)
    t.cancel('stop')
    await asyncio.gather(t, return_exceptions=True)
    print('wait cancel', fut.cancelled(), t.cancelled())

    # cancelled before its first step, then awaiting a future
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut, log, 'early-cancel'))
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('early cancel', fut.done(), t.cancelled())

    # error set on the future
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut, log, 'error'))
    await asyncio.sleep(0)
    fut.set_exception(ValueError('bad'))
    await t

    # the order of done callbacks around a task's wake-up
    order = []
    fut = loop.create_future()
    fut.add_done_callback(lambda f: order.append('cb1'))

    async def watch():
        await fut
        order.append('task')

    t = asyncio.create_task(watch())
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: order.append('cb2'))
    fut.set_result(None)
    await t
    print(order)

    # eager tasks: run to the first await at once, then wake like others
    loop.set_task_factory(asyncio.eager_task_factory)
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut, log, 'eager'))
    print('eager waiting', t.done(), t._fut_waiter is fut)
    fut.set_result('e')
    await t
    done_now = asyncio.create_task(asyncio.sleep(0, 'x'))
    print('eager', await done_now)
    loop.set_task_factory(None)

    for entry in log:
        print(entry)

    # a future of another loop, and a bare yield
    other = asyncio.new_event_loop()
    try:
        foreign = other.create_future()
        try:
            await foreign
        except RuntimeError as exc:
            print('foreign', str(exc).split(' got ')[0][:10])
    finally:
        other.close()


asyncio.run(main())
