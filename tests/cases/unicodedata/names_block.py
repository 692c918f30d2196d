# The names of every character of a few busy blocks, in full.
import unicodedata as u
for first, last in [(0x0370, 0x03FF), (0x2190, 0x21FF), (0x1F600, 0x1F64F), (0xFB50, 0xFB7F), (0x1D400, 0x1D41F),
                    (0xE0000, 0xE007F), (0x10FFF0, 0x10FFFF), (0x0080, 0x00BF)]:
    for c in range(first, last + 1):
        n = u.name(chr(c), None)
        o = u.ucd_3_2_0.name(chr(c), None)
        print("%04X %s%s" % (c, n, "" if o == n else " | 3.2: %s" % o))
