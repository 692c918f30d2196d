# modify with the same events but new data keeps the key's place; the map;
# file objects found by identity once their fileno() fails.
import select
import selectors


class Closable:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        if self.fd is None:
            raise ValueError("closed")
        return self.fd

    def __repr__(self):
        return "Closable(%r)" % (self.fd,)


for cls in [selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector]:
    sel = cls()
    c = Closable(1)
    k = sel.register(c, selectors.EVENT_WRITE, "a")
    k2 = sel.modify(c, selectors.EVENT_WRITE, "b")
    print(cls.__name__, k2, k2 is k, sel.get_key(c) is k2)
    k3 = sel.modify(c, selectors.EVENT_WRITE, "b")
    print(k3 is k2)
    m = sel.get_map()
    print(len(m), list(m), list(m.values()), list(m.items()), m == {1: k2})
    c.fd = None
    print(sel.get_key(c).fd, c in m)
    print(sel.unregister(c))
    try:
        sel.unregister(c)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(sel.select(0), len(m))
    sel.close()
    sel.close() if cls is not selectors.EpollSelector else None
    print(sel.get_map())
