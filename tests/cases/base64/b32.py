# Base32 both ways, with casefold and map01.
import base64

for data in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(40))):
    enc = base64.b32encode(data)
    print(enc, base64.b32decode(enc) == data, base64.b32decode(enc.lower(), casefold=True) == data)
print(base64.b32encode(bytearray(b'ab')), base64.b32encode(memoryview(b'abc')))
for s, kw in (('MFRGGZDF', {}), ('mfrggzdf', {'casefold': True}), ('M0======', {'map01': 'L'}),
              ('M0======', {'map01': b'I'}), ('MA======', {}), ('MFRGG===', {}), ('MFRGGZA=', {}), ('MFRG====', {}),
              ('', {}), (b'ME======', {}), ('M1======', {'map01': 'I'}), ('m1======', {'map01': 'l', 'casefold': True})):
    print(repr(s), kw, base64.b32decode(s, **kw))
