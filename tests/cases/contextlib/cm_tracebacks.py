# @contextmanager: the traceback the block's exception has afterwards
from contextlib import contextmanager

def frames(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_globals is globals():
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

@contextmanager
def passthrough():
    yield

@contextmanager
def reraise():
    try:
        yield
    except Exception:
        raise

@contextmanager
def wrap():
    try:
        yield
    except Exception as e:
        raise RuntimeError("wrapped") from e

def fail():
    raise KeyError("deep")

for f in (passthrough, reraise, wrap):
    try:
        with f():
            fail()
    except Exception as e:
        print(f.__name__, type(e).__name__, frames(e))
        if e.__cause__ is not None:
            print("  cause", frames(e.__cause__))

def inner():
    with reraise():
        fail()

try:
    inner()
except KeyError as e:
    print("inner", frames(e))
