# The data stays exported while the options are read: resizing it from a
# __bool__ or __index__ fails; a class with __buffer__ is data too.
import binascii

data = bytearray(b'abc' * 10)


class Shrink:
    def __bool__(self):
        data.clear()
        return True

    def __index__(self):
        data.clear()
        return 1


for call in (lambda: binascii.b2a_base64(data, newline=Shrink()), lambda: binascii.crc32(data, Shrink()),
             lambda: binascii.b2a_qp(data, header=Shrink()), lambda: binascii.hexlify(data, ':', Shrink()),
             lambda: binascii.a2b_base64(data, strict_mode=Shrink())):
    try:
        print(call())
    except BufferError as e:
        print('BufferError:', e)
print(len(data))


class Buf:
    def __buffer__(self, flags):
        return memoryview(b'YWJj')


for f in (binascii.hexlify, binascii.a2b_base64, binascii.crc32, binascii.b2a_base64, binascii.a2b_qp):
    print(f.__name__, f(Buf()))
