# Float codes refuse what float() refuses, with struct's own message.
import struct


class Broken:
    def __float__(self):
        raise ValueError('no float')


for v in ('1.5', b'x', None, [], 1j, Broken(), 10 ** 400):
    for fmt in ('d', '<f', '>e'):
        try:
            struct.pack(fmt, v)
            print(fmt, 'ok')
        except Exception as e:
            print(fmt, type(v).__name__, type(e).__name__, e)
