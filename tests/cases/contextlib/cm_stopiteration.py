# @contextmanager: StopIteration and RuntimeError raised in the block
from contextlib import contextmanager

def frames(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_globals is globals():
            out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

@contextmanager
def plain():
    yield

@contextmanager
def catches_runtime():
    try:
        yield
    except RuntimeError as e:
        print("generator saw", repr(e))
        raise

for exc in (StopIteration("s"), RuntimeError("r"), GeneratorExit()):
    try:
        with plain():
            raise exc
    except BaseException as e:
        print(repr(e), e is exc, frames(e), repr(e.__context__))

try:
    with catches_runtime():
        raise StopIteration("inside")
except BaseException as e:
    print(type(e).__name__, e, frames(e))

@contextmanager
def stop_instead():
    try:
        yield
    except KeyError:
        return

with stop_instead():
    raise KeyError
print("suppressed by returning")

@contextmanager
def raise_new_stop():
    try:
        yield
    except KeyError:
        raise StopIteration("other")

try:
    with raise_new_stop():
        raise KeyError
except BaseException as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
