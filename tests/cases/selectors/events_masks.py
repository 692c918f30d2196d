# The events reported are those that are ready and were asked for.
import selectors

for cls in [selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector]:
    with cls() as sel:
        for events in [selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.EVENT_READ | selectors.EVENT_WRITE]:
            sel.register(1, events, events)
            print(cls.__name__, events, [(k.fd, k.data, ev) for k, ev in sel.select(0)])
            sel.unregister(1)
