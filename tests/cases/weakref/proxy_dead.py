# Every use of a proxy whose referent died raises ReferenceError
import weakref


class C:
    x = 1

    def __len__(self):
        return 1


c = C()
p = weakref.proxy(c)
cp = weakref.proxy(lambda: 5)
print(cp(), type(cp).__name__, weakref.proxy(c) is p, weakref.proxy(c, print) is p)
del c
uses = [lambda: p.x, lambda: len(p), lambda: str(p), lambda: p + 1, lambda: bool(p),
        lambda: p == 1, lambda: cp(), lambda: setattr(p, "y", 2), lambda: p[0], lambda: iter(p)]
for use in uses:
    try:
        use()
        print("no error")
    except ReferenceError as e:
        print(type(e).__name__, e)
print(ReferenceError.__mro__[1].__name__, weakref.ProxyTypes)
