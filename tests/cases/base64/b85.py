# Base85 (as git uses it), with and without padding.
import base64

for data in (b'', b'h', b'he', b'hel', b'hell', b'hello', b'\0\0\0\0', b'\xff' * 4, bytes(range(30))):
    enc = base64.b85encode(data)
    padded = base64.b85encode(data, pad=True)
    print(enc, padded, base64.b85decode(enc) == data, base64.b85decode(padded)[:len(data)] == data)
for s in ('|NsC0', '|NsC1', 'X"', 'Xk~0{Zy', '0', '00', b'VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%'):
    try:
        print(repr(s), base64.b85decode(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
