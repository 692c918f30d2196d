# Members with the optional header fields (extra, name, comment, header CRC).
import gzip
import zlib

body = zlib.compress(b"payload", wbits=-15)
trailer = zlib.crc32(b"payload").to_bytes(4, "little") + (7).to_bytes(4, "little")

def member(flags, fields):
    return b"\x1f\x8b\x08" + bytes([flags]) + bytes(6) + fields + body + trailer

print(gzip.decompress(member(4, b"\x03\x00abc")))
print(gzip.decompress(member(8, b"name.txt\0")))
print(gzip.decompress(member(16, b"a comment\0")))
print(gzip.decompress(member(2, b"\x12\x34")))
print(gzip.decompress(member(4 | 8 | 16 | 2, b"\x01\x00Xn\0c\0\x00\x00")))
for broken in (member(8, b"no terminator")[:20], member(4, b"\x10\x00ab")[:14]):
    try:
        gzip.decompress(broken)
    except EOFError as e:
        print("EOFError", e)
