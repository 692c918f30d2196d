# Complex codes: what is not a number, and single precision overflow.
import struct


class C:
    def __complex__(self):
        return 3j


class Bad:
    def __complex__(self):
        raise ValueError('nope')


print(struct.pack('<D', C()))
for v in ('1j', None, [], Bad()):
    try:
        struct.pack('F', v)
    except Exception as e:
        print(type(v).__name__, type(e).__name__, e)
for fmt in ('F', '<F', '=F', '>F', '!F', 'D'):
    try:
        print(fmt, struct.pack(fmt, complex(1e300, 1)).hex())
    except OverflowError as e:
        print(fmt, 'OverflowError:', e)
