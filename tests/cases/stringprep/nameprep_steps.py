# The steps of nameprep (RFC 3491) written with stringprep's tables.
import stringprep, unicodedata
def nameprep(label):
    mapped = ''.join(stringprep.map_table_b2(c) for c in label if not stringprep.in_table_b1(c))
    label = unicodedata.ucd_3_2_0.normalize('NFKC', mapped)
    bad = [c for c in label if stringprep.in_table_c12(c) or stringprep.in_table_c22(c) or stringprep.in_table_c3(c)
           or stringprep.in_table_c4(c) or stringprep.in_table_c5(c) or stringprep.in_table_c6(c)
           or stringprep.in_table_c7(c) or stringprep.in_table_c8(c) or stringprep.in_table_c9(c)]
    rtl = [stringprep.in_table_d1(c) for c in label]
    return label, bad, any(rtl) and any(stringprep.in_table_d2(c) for c in label)
for s in ['B\xfccher', 'Stra\xdfe', '\u0130stanbul', 'x\u00ady', 'Caf\u00e9\u0301', '\u2163', '\ufb01x', '\u0627\u0644\u0639',
          'a\u200bb', '\u3000', 'ABC\u0627', '\U0001d400', '\u2028']:
    print(ascii(s), ascii(nameprep(s)))
