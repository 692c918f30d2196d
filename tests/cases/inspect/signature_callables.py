import inspect, operator, functools, itertools
def show(x):
    try: print(inspect.signature(x))
    except Exception as e: print(type(e).__name__, str(e).split(' at 0x')[0])
class Meta(type): pass
show(Meta)
class Callable:
    __call__ = len
show(Callable())
class P:
    __call__ = functools.partial(lambda self, a, b: 0, 1)
show(P())
