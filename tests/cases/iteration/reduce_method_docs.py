# The pickling methods of the built-in iterators: where they are defined,
# their __doc__ and __text_signature__.
import array
from collections import deque, OrderedDict

samples = [iter([]), reversed([]), iter(()), iter(""), iter("\u00e9"), iter(b""),
           iter(bytearray()), iter(range(0)), iter(range(2**64)), iter({}), iter({}.values()),
           iter({}.items()), reversed({}), iter(set()), iter(OrderedDict()),
           enumerate([]), zip(), map(abs, []), filter(None, []), iter(abs, 1),
           reversed((1,)), iter(deque()), reversed(deque()), iter(array.array("b")),
           iter(type("S", (), {"__getitem__": lambda s, i: 1})())]
for it in samples:
    t = type(it)
    own = [name for name in ("__reduce__", "__reduce_ex__", "__setstate__", "__getstate__")
           if name in t.__dict__]
    print(t.__name__, own)
    for name in own:
        m = t.__dict__[name]
        print("  ", name, repr(m.__doc__), m.__text_signature__, type(m).__name__)
