# ExitStack: __exit__ called by hand, exit methods that are not functions
from contextlib import *
import sys
s = ExitStack()
s.push(lambda *a: print("got", a))
try:
    print(s.__exit__(KeyError, None, None))
except BaseException as e: print("raised", repr(e))
s = ExitStack()
s.push(lambda *a: print("got", a) or True)
E = KeyError(1)
print(s.__exit__(KeyError, E, "tbobj"))
s = ExitStack()
s.push(lambda *a: print("got", a[0], a[1]) or True)
print(s.__exit__(None, E, None))
try:
    with suppress():
        raise ExceptionGroup("g", [KeyError()])
except BaseException as e: print(repr(e))
class M:
    def __enter__(self): return "entered"
    __exit__ = print
with ExitStack() as s:
    print(s.enter_context(M()))
try:
    with ExitStack() as s:
        s.push(M())
        raise KeyError("x")
except KeyError as e: print("KeyError", e)
@contextmanager
def g():
    yield
cm = g()
cm.__enter__()
try:
    print(cm.__exit__(None, KeyError(), None))
except BaseException as e: print(repr(e))
s = ExitStack()
print(s.push(None) is None)
try: s.close()
except TypeError as e: print("TypeError", e)
class AM:
    async def __aenter__(self): return 1
    __aexit__ = None
try:
    AsyncExitStack().enter_async_context(AM()).send(None)
except BaseException as e: print(repr(e))
# callbacks pushed while the stack unwinds run too
s = ExitStack()
def pusher():
    print("pusher runs")
    s.callback(print, "pushed late")
s.callback(print, "first pushed")
s.callback(pusher)
s.close()
# a stack can be reused after closing
s.callback(print, "again")
with s:
    pass
# an exit that suppresses what an earlier callback raised while the block had none
s = ExitStack()
s.push(lambda *d: print("suppress", d[0].__name__) or True)
s.callback(lambda: 1 / 0)
print(s.__exit__(None, None, None))
