# select() timeouts: zero, negative, small; ready events masked by the
# registered ones.
import select
import selectors
import time

inner = select.epoll()
for cls in [selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector]:
    with cls() as sel:
        sel.register(inner, selectors.EVENT_READ, "inner")
        t0 = time.monotonic()
        print(cls.__name__, sel.select(0), sel.select(-5), sel.select(0.02), time.monotonic() - t0 >= 0.015)
        sel.register(2, selectors.EVENT_READ | selectors.EVENT_WRITE, "err")
        print([(k.data, ev) for k, ev in sel.select(0)])
        sel.modify(2, selectors.EVENT_READ)
        print([(k.data, ev) for k, ev in sel.select(0)])
inner.close()
