# ExitStack.enter_context and AsyncExitStack.enter_async_context refuse
# objects without the protocol
from contextlib import ExitStack, AsyncExitStack, nullcontext

class OnlyEnter:
    def __enter__(self):
        print("should not be called")

class OnInstance:
    pass
inst = OnInstance()
inst.__enter__ = lambda: None
inst.__exit__ = lambda *a: None

class Local:
    class Nested:
        async def __aenter__(self): return 1

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("coroutine suspended")

for obj in (1, "s", OnlyEnter(), inst, Local.Nested(), None):
    try:
        ExitStack().enter_context(obj)
    except TypeError as e:
        print("TypeError:", e, e.__context__, e.__suppress_context__)
for obj in (1, nullcontext(), Local.Nested(), OnlyEnter()):
    try:
        run(AsyncExitStack().enter_async_context(obj))
    except TypeError as e:
        print("TypeError:", e, e.__context__, e.__suppress_context__)

class EnterFails:
    def __enter__(self):
        raise KeyError("enter")
    def __exit__(self, *a):
        print("never")
with ExitStack() as s:
    try:
        s.enter_context(EnterFails())
    except KeyError as e:
        print("KeyError", e)
print("nothing pushed")
