# What a closed selector still allows.
import selectors

for cls in [selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector]:
    sel = cls()
    sel.register(1, selectors.EVENT_WRITE)
    sel.close()
    print(cls.__name__, sel.get_map())
    for label, f, args in [("get_key", sel.get_key, (1,)), ("register", sel.register, (2, selectors.EVENT_READ)),
                           ("unregister", sel.unregister, (1,)), ("select", sel.select, (0,))]:
        try:
            print(label, f(*args))
        except Exception as e:
            print(label, "!", type(e).__name__, e)
