# Seeded sweep: incremental encoding and decoding in random pieces must
# give what one call gives, for every codec with an incremental part.
import codecs, random
rng = random.Random(11)
alphabet = 'abc \n\xe9\xff\u20ac\u0416\u4e00\U0001f600+-~\\'
encs = ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-7', 'latin-1',
        'cp1252', 'unicode_escape', 'raw_unicode_escape', 'punycode']
for enc in encs:
    agree = 0
    for trial in range(40):
        text = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(30)))
        data = text.encode(enc, 'replace') if enc not in ('punycode',) else text.encode(enc)
        whole = data.decode(enc, 'replace')
        dec = codecs.getincrementaldecoder(enc)('replace')
        out, at = [], 0
        while at < len(data):
            step = rng.randrange(1, 5)
            out.append(dec.decode(data[at:at + step]))
            at += step
        out.append(dec.decode(b'', True))
        agree += ''.join(out) == whole
    print(enc, agree)
