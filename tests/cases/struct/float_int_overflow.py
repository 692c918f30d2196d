# An int too large for 'e' or 'f' is "int too large to convert" (struct.error);
# a float is OverflowError; an int too large for a double is not a float.
import struct


class I:
    def __index__(self):
        return 70000


class F:
    def __float__(self):
        return 70000.0


class B(int):
    pass


for fmt in ('e', '<e', '>e', 'f', '<f', '>f', 'd', '>F', '<F'):
    for v in (65535, 65535.0, 10 ** 39, I(), F(), B(70000), True, 2 ** 1024 - 1):
        try:
            r = struct.pack(fmt, v).hex()
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(fmt, type(v).__name__, r)
