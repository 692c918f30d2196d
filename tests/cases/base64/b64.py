# b64encode/b64decode, the standard and URL-safe forms.
import base64

for data in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe'):
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data, base64.standard_b64encode(data) == enc,
          base64.urlsafe_b64encode(data), base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data)
print(base64.b64decode('Zm9vYmFy'), base64.b64decode(bytearray(b'Zm8=')), base64.b64decode(memoryview(b'Zg==')))
print(base64.b64encode(bytearray(b'ab')), base64.b64encode(memoryview(b'abc')))
print(base64.standard_b64decode(b'Zm9v'), base64.urlsafe_b64decode('-_-_'), base64.urlsafe_b64decode('+/+/'))
