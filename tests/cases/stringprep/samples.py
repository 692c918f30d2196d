# stringprep's tables on characters the RFC names.
import stringprep
for ch in ['a', 'A', ' ', '\xa0', '\xad', '\u034f', '\u200b', '\u200d', '\u2028', '\ufeff', '\ue000', '\U000f0000',
           '\ufffd', '\ufff9', '\u2ff0', '\u0340', '\u200e', '\U000e0001', '\u0627', '\u05d0', '1', '\u0221', '\u0100',
           '\u1e9e', '\xdf', '\u0130', '\u03a3', '\ufb01', '\u2160', '\u33c6', '\U0001d400', '\x7f', '\x00', '\U000e007f']:
    sets = [n for n in ['a1', 'b1', 'c11', 'c12', 'c21', 'c22', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'd1', 'd2']
            if getattr(stringprep, 'in_table_' + n)(ch)]
    print(ascii(ch), sets, ascii(stringprep.map_table_b2(ch)), ascii(stringprep.map_table_b3(ch)),
          stringprep.in_table_c11_c12(ch), stringprep.in_table_c21_c22(ch))
print(stringprep.__doc__)
print(stringprep.unicodedata_320.unidata_version, stringprep.unicodedata.__name__)
