# lib: arrcheck
import array
from arrcheck import show
a = array.array('i', [1])
for name in ["append", "buffer_info", "byteswap", "clear", "count", "extend", "frombytes", "fromfile", "fromlist",
             "fromunicode", "index", "insert", "pop", "remove", "reverse", "tobytes", "tofile", "tolist", "tounicode",
             "__copy__", "__deepcopy__", "__reduce_ex__", "__sizeof__"]:
    m = getattr(a, name)
    print(name, m.__text_signature__, (m.__doc__ or "").splitlines()[:1])
    show(f"{name} too many", lambda: m(1, 2, 3, 4))
    show(f"{name} keyword", lambda: m(x=1))
print(type(a.buffer_info()), a.buffer_info()[1], isinstance(a.buffer_info()[0], int))
print(array.array.typecode.__doc__, array.array.itemsize.__doc__)
show("set typecode", lambda: setattr(a, 'typecode', 'b'))
show("set itemsize", lambda: setattr(a, 'itemsize', 1))
show("set attr", lambda: setattr(a, 'foo', 1))
print(array.__doc__)
print(array.array.__doc__.splitlines()[:3])
print(sorted(n for n in dir(array) if not n.startswith('__')))
print(sorted(n for n in dir(array.array) if not n.startswith('__')))
print(array.array.__class_getitem__.__doc__, type(iter(a)).__name__)
print(a.__sizeof__() > 0, array.array('i').__sizeof__() < array.array('i', range(100)).__sizeof__())
