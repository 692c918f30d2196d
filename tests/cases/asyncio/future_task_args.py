# Wrong arguments to the C Future and Task: CPython's TypeError texts.
import asyncio


def show(label, fn):
    try:
        r = fn()
        print(label, 'ok', type(r).__name__)
    except BaseException as exc:
        # (a task's repr names where its callbacks are defined: left out)
        print(label, type(exc).__name__, str(exc).split(' cb=')[0])


async def coro():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    F, T = asyncio.Future, asyncio.Task
    show('Future(1)', lambda: F(1))
    show('Future(x=1)', lambda: F(x=1))
    show('Future(loop=1)', lambda: F(loop=1))
    f = F()
    show('set_result()', lambda: f.set_result())
    show('set_result(1, 2)', lambda: f.set_result(1, 2))
    show('set_exception()', lambda: f.set_exception())
    show('add_done_callback()', lambda: f.add_done_callback())
    show('add_done_callback(ctx pos)', lambda: f.add_done_callback(print, None))
    show('add_done_callback(bad kw)', lambda: f.add_done_callback(print, ctx=None))
    show('remove_done_callback()', lambda: f.remove_done_callback())
    show('cancel(1, 2)', lambda: f.cancel(1, 2))
    show('cancel(message=)', lambda: f.cancel(message='x'))
    show('result(1)', lambda: f.result(1))
    show('done(1)', lambda: f.done(1))
    show('get_loop(1)', lambda: f.get_loop(1))
    show('_log_traceback del', lambda: delattr(f, '_log_traceback'))
    show('_state set', lambda: setattr(f, '_state', 'FINISHED'))
    show('_asyncio_future_blocking del', lambda: delattr(f, '_asyncio_future_blocking'))
    f.custom = 5
    print('custom attribute', f.custom)
    f.cancel()

    show('Task()', lambda: T())
    show('Task(1)', lambda: T(1))
    show('Task(None)', lambda: T(None))
    c = coro()
    show('Task(c, 1)', lambda: T(c, 1))
    show('Task(c, bad=1)', lambda: T(c, bad=1))
    t = T(c, name='n')
    show('set_name()', lambda: t.set_name())
    show('get_stack(1)', lambda: t.get_stack(1))
    show('get_stack(limit=1)', lambda: t.get_stack(limit=1))
    show('cancelling(1)', lambda: t.cancelling(1))
    show('uncancel(1)', lambda: t.uncancel(1))
    show('cancel(msg=)', lambda: t.cancel(msg='m'))
    show('_coro set', lambda: setattr(t, '_coro', None))
    show('_fut_waiter set', lambda: setattr(t, '_fut_waiter', None))
    try:
        await t
    except asyncio.CancelledError as exc:
        print('cancelled', exc.args)
    show('current_task(1, 2)', lambda: asyncio.current_task(1, 2))
    show('current_task(loop)', lambda: asyncio.current_task(loop))
    show('_enter_task(loop)', lambda: asyncio.tasks._enter_task(loop))
    show('_leave_task(loop, t)', lambda: asyncio.tasks._leave_task(loop, t))
    show('_enter_task(loop, t)', lambda: asyncio.tasks._enter_task(loop, t))
    show('_swap_current_task(loop)', lambda: asyncio.tasks._swap_current_task(loop))


asyncio.run(main())
