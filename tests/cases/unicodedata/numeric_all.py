# Every numeric, decimal and digit value of planes 0-3, in both databases,
# summed by kind.
import unicodedata as u
for db in (u, u.ucd_3_2_0):
    dec = dig = num = 0
    dec_n = dig_n = num_n = 0
    distinct = set()
    for c in range(0x40000):
        ch = chr(c)
        d = db.decimal(ch, None)
        if d is not None:
            dec += d
            dec_n += 1
        d = db.digit(ch, None)
        if d is not None:
            dig += d
            dig_n += 1
        v = db.numeric(ch, None)
        if v is not None:
            num += v
            num_n += 1
            distinct.add(v)
    print(db.unidata_version, dec_n, dec, dig_n, dig, num_n, repr(num), len(distinct))
    print(sorted(distinct)[:20], sorted(distinct)[-6:])
