# Ascii85: the 'z' and 'y' abbreviations, padding, line wrapping.
import base64

for data in (b'', b'h', b'hello', b'\0\0\0\0x', b'\0', b'\0\0\0\0', b'    x', b'    ', bytes(range(20))):
    print(data, base64.a85encode(data), base64.a85encode(data, pad=True), base64.a85encode(data, foldspaces=True))
text = b'hello world, long text here'
for wrapcol in (0, 1, 2, 5, 10, 80):
    print(wrapcol, base64.a85encode(text, wrapcol=wrapcol))
    print(wrapcol, base64.a85encode(text, wrapcol=wrapcol, adobe=True))
print(base64.a85encode(b'hi', wrapcol=1, adobe=True), base64.a85encode(b'', adobe=True), base64.a85encode(b'', adobe=True, wrapcol=3))
print(base64.a85encode(b'abcd', wrapcol=2, adobe=True), base64.a85encode(b'abcdefgh', wrapcol=4, adobe=True))
