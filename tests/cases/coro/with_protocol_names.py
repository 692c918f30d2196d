# The with-statement errors name the type by its qualified name, and the
# 3.14 hint needs both methods of the other protocol, each callable or a
# descriptor.
class Outer:
    class Inner:
        pass
def fn():
    class Loc:
        def __enter__(self): pass
        def __exit__(self, *a): pass
    return Loc
class AsyncOnlyNone:
    __aenter__ = None
    __aexit__ = None
for cls in (Outer.Inner, fn(), int, AsyncOnlyNone):
    try:
        with cls():
            pass
    except TypeError as e:
        print("with", e)
    async def f():
        async with cls():
            pass
    try:
        f().send(None)
    except TypeError as e:
        print("async with", e)

async def m(self, *a): pass
for ns in ({"__aenter__": None, "__aexit__": m}, {"__aenter__": m, "__aexit__": None},
           {"__aenter__": 5, "__aexit__": m}, {"__aenter__": staticmethod(m), "__aexit__": m},
           {"__aenter__": property(lambda s: 1), "__aexit__": m}, {"__aenter__": m}, {"__aexit__": m}):
    C = type("C", (), ns)
    try:
        with C():
            pass
    except TypeError as e:
        print(sorted(ns), e)

class Inst:
    pass
i = Inst()
i.__aenter__ = lambda: 1
i.__aexit__ = lambda *a: 1
try:
    with i:
        pass
except TypeError as e:
    print(e)

class SyncNoEnter:
    def __exit__(self, *a): pass
    async def __aenter__(self): return self
    async def __aexit__(self, *a): pass
try:
    with SyncNoEnter():
        pass
except TypeError as e:
    print(e)
