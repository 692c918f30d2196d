# modify() with bad events, unknown file objects, and unregistering a closed file.
import os
import selectors

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    r, w = os.pipe()
    sel = cls()
    sel.register(r, selectors.EVENT_READ, "a")
    for events in (0, 4, selectors.EVENT_READ | 8):
        try:
            key = sel.modify(r, events)
            print(cls.__name__, events, "->", key)
        except Exception as e:
            print(cls.__name__, events, type(e).__name__, e)
        print("  still there:", r in sel.get_map(), len(sel.get_map()))
        if r not in sel.get_map():
            sel.register(r, selectors.EVENT_READ, "a")
    try:
        sel.modify(w, selectors.EVENT_WRITE)
    except KeyError as e:
        print("unknown:", e)
    key = sel.modify(r, selectors.EVENT_READ, "b")
    print("data only:", key, sel.get_key(r) is key)
    f = os.fdopen(w, "wb")
    sel.register(f, selectors.EVENT_WRITE)
    f.close()
    print("closed file unregistered:", sel.unregister(f).fd == w, len(sel.get_map()))
    try:
        sel.get_key(f)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    sel.close()
    try:
        sel.get_key(r)
    except RuntimeError as e:
        print("closed:", e)
    print(sel.get_map())
    os.close(r)

m = selectors.DefaultSelector()
print(m.get_map() == {}, m.get_map().get(5, "none"), 5 in m.get_map())
try:
    m.register(-1, selectors.EVENT_READ)
except ValueError as e:
    print(e)
try:
    m.register(object(), selectors.EVENT_READ)
except ValueError as e:
    print(str(e).split(" at ")[0])
m.close()
