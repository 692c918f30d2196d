# Which error comes first: the count of values, then each value in order.
import struct

for fmt, args in (('ic', ('x', 'y')), ('ci', (b'ab', 1.5)), ('2i', ('a',)), ('<hH', (70000, -1)),
                  ('<Hh', (-1, 70000)), ('z', (1,))):
    try:
        struct.pack(fmt, *args)
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
