# a generator that yields twice is closed before the RuntimeError leaves
from contextlib import contextmanager, asynccontextmanager
@contextmanager
def two():
    try:
        yield 1
        yield 2
    finally:
        print("two finally")
cm = two()
try:
    with cm:
        pass
except RuntimeError as e:
    print("RE", e, e.__context__)
print(cm.gen.gi_frame is None)
@asynccontextmanager
async def atwo():
    try:
        yield 1
        yield 2
    finally:
        print("atwo finally")
async def main():
    cm = atwo()
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RE", e)
    print(cm.gen.ag_frame is None)
try: main().send(None)
except StopIteration: pass

@contextmanager
def bad_cleanup():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError("cleanup failed")
try:
    with bad_cleanup():
        pass
except Exception as e:
    print(repr(e), repr(e.__context__))
cm = bad_cleanup()
cm.__enter__()
try:
    cm.__exit__(KeyError, KeyError("k"), None)
except Exception as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
