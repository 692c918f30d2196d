# URL-safe Base64 leaves no '+' or '/' behind.
import base64

data = bytes(range(250, 256)) * 3 + b'\xfb\xef'
enc = base64.urlsafe_b64encode(data)
print(enc, b'+' in enc, b'/' in enc, base64.urlsafe_b64decode(enc) == data)
print(base64.urlsafe_b64decode(enc.decode()), base64.urlsafe_b64decode(bytearray(enc)) == data)
for s in ('_-_-', 'YQ', 'YQ=='):
    try:
        print(repr(s), base64.urlsafe_b64decode(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
