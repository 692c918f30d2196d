# UUID from strings: the accepted spellings and the rejected ones.
import uuid

for text in ('12345678123456781234567812345678',
             '{12345678-1234-5678-1234-567812345678}',
             'urn:uuid:12345678-1234-5678-1234-567812345678',
             'uuid:12345678-1234-5678-1234-567812345678',
             '12345678-1234-5678-1234-5678-12345678',
             'ABCDEFAB-CDEF-ABCD-EFAB-CDEFABCDEFAB',
             '+2345678123456781234567812345678',
             '1_345678123456781234567812345678',
             '{{12345678123456781234567812345678}}',
             '00000000-0000-0000-0000-000000000000',
             'ffffffff-ffff-ffff-ffff-ffffffffffff'):
    u = uuid.UUID(text)
    print(repr(u), u.int)
for text in ('', 'zz', '{12345678-1234-5678-1234-56781234567z}',
             ' 12345678-1234-5678-1234-567812345678 ', '1234567812345678123456781234567',
             '123456781234567812345678123456789', 'g' * 32, '-' * 36,
             '12345678 1234567812345678123456'):
    try:
        print(uuid.UUID(text))
    except Exception as e:
        print(type(e).__name__, e)
for bad in (b'12345678123456781234567812345678', 5, None):
    try:
        print(uuid.UUID(hex=bad))
    except Exception as e:
        print(type(e).__name__)
