# @asynccontextmanager, driven without an event loop
from contextlib import asynccontextmanager, _AsyncGeneratorContextManager

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("coroutine suspended")

@asynccontextmanager
async def resource(name):
    """An async resource."""
    print("open", name)
    try:
        yield name * 2
    finally:
        print("close", name)

async def main():
    async with resource("ab") as v:
        print("got", v)
    cm = resource("c")
    print(type(cm).__name__, isinstance(cm, _AsyncGeneratorContextManager))
    print(cm.__doc__, cm.args, cm.kwds, type(cm.gen).__name__)
    async with cm:
        print(sorted(vars(cm)))
    try:
        async with resource("x"):
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError", e)
    return "done"

print(run(main()))
print(resource.__name__, resource.__doc__)

@resource("deco")
async def decorated(x):
    print("decorated body", x)
    return x + 1
print(run(decorated(1)), decorated.__name__)
print(run(decorated(2)))
