import unicodedata as u
chars = "0123456789\u00b2\u00b3\u00b9\u00bc\u00bd\u00be\u0660\u06f9\u0967\u0e51\u2070\u2155\u215f\u2160\u216f\u2180\u2182\u2185\u2189\u2460\u2473\u24ea\u2776\u2cfd\u3007\u3021\u3038\u3405\u3483\u4e00\u4e07\u5104\u5146\u79ed\u842c\uf96b\uff10\U00010107\U00010133\U0001012f\U000109bc\U00011fc0\U0001d360\U0001f10c\U00016b5b\U0001ecb3\U0001ed3d"
for ch in chars:
    print("%05X" % ord(ch), u.decimal(ch, None), u.digit(ch, None), repr(u.numeric(ch, None)), u.category(ch),
          u.ucd_3_2_0.decimal(ch, None), u.ucd_3_2_0.digit(ch, None), u.ucd_3_2_0.numeric(ch, None))
total = 0.0
for c in range(0x110000):
    v = u.numeric(chr(c), None)
    if v is not None:
        total += v
print(repr(total))
