# struct workload: module-level pack/unpack of a few record formats (the
# format cache), a compiled Struct's pack/unpack_from over a buffer,
# pack_into a bytearray, and iter_unpack of a packed table.
import struct
import time


N = 60000


def main():
    total = 0
    x = 12345
    for i in range(N):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        rec = struct.pack('<iHb', x - 0x40000000, i & 0xFFFF, (i % 200) - 100)
        a, b, c = struct.unpack('<iHb', rec)
        total += a + b + c
        total += struct.unpack('>Q', struct.pack('>Q', x * 977))[0] & 0xFFFF
        d, = struct.unpack('d', struct.pack('d', i * 0.5))
        total += int(d)
    row = struct.Struct('<IhhB3x')
    buf = bytearray(row.size * 500)
    for i in range(N // 2):
        off = (i % 500) * row.size
        row.pack_into(buf, off, i, i % 30000, -(i % 30000), i & 0xFF)
        total += sum(row.unpack_from(buf, off))
    for rec in row.iter_unpack(bytes(buf)):
        total += rec[0] - rec[1]
    names = [b'alpha', b'beta', b'gamma', b'delta']
    for i in range(N // 2):
        packed = struct.pack('8sf?', names[i % 4], i / 7.0, i & 1)
        s, f, flag = struct.unpack('8sf?', packed)
        total += len(s.rstrip(b'\0')) + flag
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
