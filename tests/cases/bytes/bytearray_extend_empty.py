# Extending an empty bytearray by nothing (it has no buffer yet).
a = bytearray()
a += b''
a += bytearray()
a.extend(b'')
a.extend(bytearray())
b = bytearray()
b += b'x'
b += b''
print(a, b, len(a), a == b'')
