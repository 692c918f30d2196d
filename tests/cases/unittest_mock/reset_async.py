# lib: mockshow
# reset_mock (return values, side effects, children), AsyncMock awaits.
import inspect
from unittest.mock import Mock, MagicMock, AsyncMock, call
from mockshow import show, error

m = Mock(return_value=1, side_effect=[5])
m.child.return_value = 2
print(m(), m.child())
m.reset_mock()
print(m.call_count, m.child.call_count, m.mock_calls, m.child())
m.reset_mock(return_value=True, side_effect=True)
show(m())
show(m.child())
m.child.reset_mock(return_value=True)
show(m.child())
mm = MagicMock()
mm.__len__.return_value = 4
len(mm)
mm.reset_mock()
print(len(mm), mm.__len__.call_count)
loop = Mock()
loop.return_value = loop
loop()
loop.reset_mock()
print(loop.call_count)

am = AsyncMock(return_value="done")
print(inspect.iscoroutinefunction(am), type(am).__name__)
coro = am(1, k=2)
print(inspect.iscoroutine(coro), am.call_count, am.await_count)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("suspended")


print(run(coro), am.await_count, am.await_args)
am.assert_awaited()
am.assert_awaited_once()
am.assert_awaited_with(1, k=2)
am.assert_awaited_once_with(1, k=2)
am.assert_any_await(1, k=2)
am.assert_has_awaits([call(1, k=2)])
error(am.assert_awaited_with, 2)
error(am.assert_any_await, 3)
error(am.assert_not_awaited)
error(am.assert_has_awaits, [call(9)])
run(am(2))
error(am.assert_awaited_once)
fresh = AsyncMock(name="fetch")
error(fresh.assert_awaited)
error(fresh.assert_awaited_with, 1)
fresh()
error(fresh.assert_awaited)
fail = AsyncMock(side_effect=ValueError("async boom"))
error(run, fail())
seq = AsyncMock(side_effect=[1, 2])
print(run(seq()), run(seq()))
error(run, seq())


async def real(x):
    return x * 2


aw = AsyncMock(side_effect=real)
print(run(aw(21)))
am.reset_mock()
print(am.await_count, am.await_args, am.await_args_list)
mm2 = MagicMock()
show(mm2.__aenter__, mm2.__aexit__)


class Service:
    async def fetch(self):
        return 1

    def sync(self):
        return 2


spec_mock = Mock(spec=Service)
show(spec_mock.fetch, spec_mock.sync)
print(inspect.iscoroutinefunction(spec_mock.fetch))
