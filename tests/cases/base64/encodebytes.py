# encodebytes/decodebytes: 76-character lines.
import base64

for n in (0, 1, 56, 57, 58, 114, 200):
    enc = base64.encodebytes(bytes(range(n % 256)) * 1 if n < 256 else b'')
    print(n, enc.count(b'\n'), enc[:20], base64.decodebytes(enc) == bytes(range(n)))
print(base64.encodebytes(bytearray(b'xyz')), base64.encodebytes(memoryview(b'abc')), base64.decodebytes(bytearray(b'eHh4\n')))
for arg in ('text', 5, memoryview(b'abcd').cast('B', (2, 2)), memoryview(b'abcd').cast('I')):
    for f in (base64.encodebytes, base64.decodebytes):
        try:
            f(arg)
        except TypeError as e:
            print(f.__name__, e)
print(base64.MAXLINESIZE, base64.MAXBINSIZE)
