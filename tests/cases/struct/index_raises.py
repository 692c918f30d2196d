# An exception from __index__ (or __bool__) passes through unchanged.
import struct


class Bad:
    def __index__(self):
        raise ZeroDivisionError('no index here')


class NotInt:
    def __index__(self):
        return 'seven'


class BadBool:
    def __bool__(self):
        raise KeyError('truth')


for fmt, v in (('i', Bad()), ('<Q', Bad()), ('i', NotInt()), ('?', BadBool())):
    try:
        struct.pack(fmt, v)
    except Exception as e:
        print(fmt, type(e).__name__, e)
