# Slice assignment and deletion on an empty bytearray (no storage yet).
b = bytearray()
del b[:0]
del b[:5]
del b[3:]
b[0:0] = b''
b[:] = b''
print(b, len(b))
b[0:0] = b'ab'
del b[:2]
del b[:1]
print(b)
