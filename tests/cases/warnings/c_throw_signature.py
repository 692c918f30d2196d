# the (type, exc, tb) forms of throw() and athrow() are deprecated
import warnings
warnings.simplefilter("always")
def g():
    yield 1
async def c():
    pass
async def ag():
    yield 1
for args in [(ValueError,), (ValueError, None), (ValueError, ValueError("v")), (ValueError, None, None)]:
    x = g(); next(x)
    try: x.throw(*args)
    except ValueError as e: print("gen", len(args), repr(e))
co = c()
try: co.throw(ValueError, "v")
except ValueError as e: print("coro", repr(e))
a = ag()
aw = a.athrow(ValueError, "w")
try: aw.send(None)
except ValueError as e: print("athrow", repr(e))
except StopIteration as e: print("stop")
