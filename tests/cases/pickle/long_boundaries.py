# LONG1/LONG4 around every power of two up to a few limbs: the shortest
# two's complement form written, and hand-made payloads (sign bits, redundant
# sign bytes, lengths across limb edges) read back.
import pickle
import zlib

seen = []
for k in range(0, 200):
    for v in (2**k - 1, 2**k, 2**k + 1, -(2**k) + 1, -(2**k), -(2**k) - 1):
        s = pickle.dumps(v, 2)
        assert pickle.loads(s) == v, v
        seen.append(s)
print(len(seen), zlib.crc32(b"".join(seen)))
for v in (2**64 - 1, -2**64, -2**64 + 1, 2**127, -2**127, -2**128, 2**128 - 1):
    print(pickle.dumps(v, 2).hex(), pickle.dumps(v, 5).hex())

for n in (1, 2, 7, 8, 9, 15, 16, 17, 24, 25, 300):
    for fill in (0x00, 0x7f, 0x80, 0xff):
        for low in (0x00, 0x01, 0xfe):
            payload = bytes([low]) + bytes([fill]) * (n - 1)
            if n < 256:
                s = b"\x80\x02\x8a" + bytes([n]) + payload + b"."
            else:
                s = b"\x80\x02\x8b" + n.to_bytes(4, "little") + payload + b"."
            v = pickle.loads(s)
            assert v == int.from_bytes(payload, "little", signed=True)
            print(n, fill, low, v if abs(v) < 2**70 else (v.bit_length(), v % 1000003))
            print(pickle.dumps(v, 2).hex()[4:40])

for bad in (b"\x80\x02\x8a\x09\x01\x02.", b"\x80\x02\x8b\xff\xff\xff\xff.", b"\x80\x02\x8b\x05\x00\x00"):
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
