# Table A.1 (unassigned in Unicode 3.2) around the blocks added later.
import stringprep
for start in [0x0220, 0x0370, 0x0500, 0x08A0, 0x1E9B, 0x2070, 0x20B0, 0x2600, 0x2FF0, 0x31F0, 0x4DB5, 0x9FA5,
              0xFA30, 0xFE00, 0x10000, 0x1D000, 0x20000, 0xE0000, 0xF0000]:
    row = ''.join('1' if stringprep.in_table_a1(chr(c)) else '0' for c in range(start, start + 48))
    print(hex(start), row)
