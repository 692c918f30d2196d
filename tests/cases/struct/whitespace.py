# Whitespace between codes is ignored, but not between a count and its code.
import struct

print(struct.calcsize(' i h '), struct.calcsize('<\ti\nh\r\x0bq\x0c'), struct.calcsize('  '))
print(struct.pack(' <i', 1) if False else struct.pack('< i', 1))
for fmt in ('3 i', ' <i', 'i <', '2\ts'):
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), e)
