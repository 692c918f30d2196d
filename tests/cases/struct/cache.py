# The module functions cache compiled formats; many distinct formats and
# _clearcache() change nothing visible.
import struct

total = 0
for n in range(300):
    fmt = '<%dB' % (n % 150)
    total += struct.calcsize(fmt) + len(struct.pack(fmt, *range(n % 150)))
print(total)
print(struct._clearcache(), struct.calcsize('i'), struct.pack('<h', 1))
print(struct.calcsize('i'), struct.calcsize(b'i'))
try:
    struct.calcsize('iz')
except struct.error as e:
    print(e)
try:
    struct.calcsize('iz')
except struct.error as e:
    print('again:', e)
