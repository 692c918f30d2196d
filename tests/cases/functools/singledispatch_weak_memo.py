# singledispatch remembers its choices per class without keeping the classes
# alive, and dispatch() wants something a weak reference can point to.
import gc
import weakref
from functools import singledispatch


@singledispatch
def describe(x):
    return 'object'


@describe.register
def _(x: int):
    return 'int'


def make():
    class Temp:
        pass

    class SubInt(int):
        pass

    print(describe(Temp()), describe(SubInt(3)), describe.dispatch(Temp).__name__)
    return weakref.ref(Temp), weakref.ref(SubInt)


refs = make()
gc.collect()
print([r() is None for r in refs])
for bad in (5, 'str', None):
    try:
        describe.dispatch(bad)
    except TypeError as e:
        print(e)
print(describe(1.5), describe(True), describe.dispatch(bool).__name__)
describe._clear_cache()
print(describe(7))
