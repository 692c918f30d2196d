# UUID from bytes, bytes_le, fields and int; the version argument.
import uuid

ref = uuid.UUID('12345678-1234-5678-1234-567812345678')
forms = [
    uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4),
    uuid.UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' + b'\x12\x34\x56\x78\x12\x34\x56\x78'),
    uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    uuid.UUID(int=0x12345678123456781234567812345678),
    uuid.UUID(bytes=bytearray(b'\x12\x34\x56\x78' * 4)) if False else ref,
]
print([f == ref for f in forms])
for v in range(1, 9):
    u = uuid.UUID(int=0x12345678123456781234567812345678, version=v)
    print(v, u, u.version, u.variant)
print(uuid.UUID(int=0, version=4), uuid.UUID(int=(1 << 128) - 1, version=1))
print(uuid.UUID(fields=[1, 2, 3, 4, 5, 6]), uuid.UUID(int=True))
print(uuid.UUID('12345678123456781234567812345678', version=3))
for kwargs in ({}, {'hex': '0' * 32, 'int': 5}, {'bytes': b'x' * 15},
               {'bytes': b'x' * 17}, {'bytes_le': b'x' * 17}, {'bytes_le': b''},
               {'fields': (1, 2, 3)}, {'fields': (1, 2, 3, 4, 5, 6, 7)},
               {'fields': (1 << 32, 2, 3, 4, 5, 6)}, {'fields': (1, 1 << 16, 3, 4, 5, 6)},
               {'fields': (1, 2, 1 << 16, 4, 5, 6)}, {'fields': (1, 2, 3, 256, 5, 6)},
               {'fields': (1, 2, 3, 4, 256, 6)}, {'fields': (1, 2, 3, 4, 5, 1 << 48)},
               {'fields': (-1, 2, 3, 4, 5, 6)}, {'int': -1}, {'int': 1 << 128},
               {'int': 5, 'version': 9}, {'int': 5, 'version': 0},
               {'int': 5, 'version': -1}):
    try:
        print(uuid.UUID(**kwargs))
    except Exception as e:
        print(type(e).__name__, e)
try:
    uuid.UUID(None, None, None, None, None, None, None)
except Exception as e:
    print(type(e).__name__, e)
