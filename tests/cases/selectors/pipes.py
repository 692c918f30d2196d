# Each selector on a pipe: writable at once, readable once written, data
# and events of the keys, the reader's end of file.
import os
import selectors

for cls in [selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector]:
    r, w = os.pipe()
    with cls() as sel:
        sel.register(r, selectors.EVENT_READ, "reader")
        sel.register(w, selectors.EVENT_WRITE, "writer")
        print(cls.__name__, sorted((k.data, ev) for k, ev in sel.select(0)))
        os.write(w, b"ping")
        print(sorted((k.data, ev) for k, ev in sel.select(0)))
        print(os.read(r, 10))
        sel.unregister(w)
        os.close(w)
        print(sorted((k.data, ev) for k, ev in sel.select(0)), os.read(r, 10))
        sel.modify(r, selectors.EVENT_READ, "still reader")
        print([(k.data, ev) for k, ev in sel.select(0.01)])
    os.close(r)
