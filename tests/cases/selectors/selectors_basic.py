# Each selector registers, modifies, selects and unregisters; their keys,
# maps and errors.
import select
import selectors


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return "F(%d)" % self.fd


inner = select.epoll()
ifd = inner.fileno()
print(selectors.DefaultSelector is selectors.EpollSelector, selectors.EVENT_READ, selectors.EVENT_WRITE)
for cls in [selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector]:
    print("==", cls.__name__)
    with cls() as sel:
        k1 = sel.register(1, selectors.EVENT_WRITE, "out")
        k2 = sel.register(F(ifd), selectors.EVENT_READ | selectors.EVENT_WRITE)
        print(k1, k2, k1.fd, k1.events, k1.data, k1.fileobj)
        print(sel.select(0))
        print(sorted(key.fd for key, ev in sel.select(0.001)))
        print(sel.modify(1, selectors.EVENT_WRITE, "new data"), sel.get_key(1))
        print(sel.modify(1, selectors.EVENT_READ | selectors.EVENT_WRITE))
        print(sel.select(timeout=0))
        m = sel.get_map()
        print(len(m), sorted(m), 1 in m, 5 in m, m[1].data, m.get(5), m.get(5, "none"), sorted(m.keys()))
        for label, f, args in [("register twice", sel.register, (1, selectors.EVENT_READ)),
                               ("register no events", sel.register, (2, 0)),
                               ("register bad events", sel.register, (2, 4)),
                               ("register negative", sel.register, (-1, 1)),
                               ("register object", sel.register, (object(), 1)),
                               ("register fileno -3", sel.register, (F(-3), 1)),
                               ("unregister unknown", sel.unregister, (2,)),
                               ("modify unknown", sel.modify, (2, 1)),
                               ("get_key unknown", sel.get_key, (2,)),
                               ("map unknown", m.__getitem__, (2,)),
                               ("get_key object", sel.get_key, (object(),))]:
            try:
                print(label, f(*args))
            except (KeyError, ValueError) as e:
                print(label, "!", type(e).__name__, e)
        print(sel.unregister(F(1)), len(m))
        if cls is selectors.EpollSelector:
            print(type(sel.fileno()).__name__)
    print(sel.get_map())
    try:
        sel.get_key(1)
    except RuntimeError as e:
        print("RuntimeError", e)
inner.close()
