# A small binary record format written and read back, as programs use struct.
import struct

HEADER = struct.Struct('>4sHHI')
ENTRY = struct.Struct('<I16sdh')
names = [b'alpha', b'beta', b'a much longer name than sixteen', b'']
body = b''.join(ENTRY.pack(i, n, i * 1.25, -i) for i, n in enumerate(names))
blob = HEADER.pack(b'RECS', 1, len(names), len(body)) + body
magic, version, count, size = HEADER.unpack_from(blob)
print(magic, version, count, size, len(blob))
for i in range(count):
    num, name, value, neg = ENTRY.unpack_from(blob, HEADER.size + i * ENTRY.size)
    print(num, name.rstrip(b'\0'), value, neg)
print([t[0] for t in ENTRY.iter_unpack(body)])
