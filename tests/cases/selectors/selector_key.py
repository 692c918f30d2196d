# SelectorKey behaves as CPython's named tuple; BaseSelector is abstract.
import selectors

K = selectors.SelectorKey
k = K("f", 3, selectors.EVENT_READ, {"a": 1})
print(k, tuple(k), len(k), k[1], k.fd, k == ("f", 3, 1, {"a": 1}), isinstance(k, tuple))
print(k._replace(data=None), K._fields, k._asdict())
fileobj, fd, events, data = k
print(fileobj, fd, events, data)
match k:
    case K(fileobj="f", fd=fd):
        print("matched", fd)
try:
    k.fd = 4
except AttributeError:
    print("read-only")
try:
    k._replace(nope=1)
except (TypeError, ValueError) as e:
    print(type(e).__name__)
print(K.__doc__.splitlines()[0])
for name in ["BaseSelector", "SelectSelector", "PollSelector", "EpollSelector", "DefaultSelector"]:
    print(name, getattr(selectors, name))
try:
    selectors.BaseSelector()
except TypeError as e:
    print(e)


class Partial(selectors.BaseSelector):
    def register(self, fileobj, events, data=None):
        return None

    def get_map(self):
        return None


try:
    Partial()
except TypeError as e:
    print(e)


class Full(Partial):
    def unregister(self, fileobj):
        return None

    def select(self, timeout=None):
        return []


s = Full()
print(s.select(), s.modify(1, 1), s.close())
try:
    s.get_key(1)
except RuntimeError as e:
    print("RuntimeError", e)
with Full() as f:
    print(type(f).__name__)
