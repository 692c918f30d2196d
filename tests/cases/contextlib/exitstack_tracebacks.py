# ExitStack: tracebacks of exceptions raised by callbacks
from contextlib import ExitStack

def frames(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_globals is globals():
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def bad_callback():
    raise KeyError("cb")

def bad_exit(t, v, tb):
    raise ValueError("exit") from v

try:
    with ExitStack() as s:
        s.callback(bad_callback)
except KeyError as e:
    print(frames(e), e.__context__, e.__suppress_context__)

try:
    with ExitStack() as s:
        s.push(bad_exit)
        raise IndexError("block")
except ValueError as e:
    print(frames(e), frames(e.__cause__), e.__cause__ is e.__context__)

def body():
    with ExitStack() as s:
        s.push(lambda *a: False)
        raise OSError("plain")
try:
    body()
except OSError as e:
    print(frames(e))
