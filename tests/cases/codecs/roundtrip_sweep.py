# A seeded sweep: random texts and byte strings through every text codec
# and every error handler; one line of checksums per codec and handler.
import random, zlib
rng = random.Random(20261207)
pools = ['abcXYZ 019\n\t', '\xe9\xfc\xdf\xa0\xff', '\u20ac\u0416\u05d0\u0e01\u4e00\uac00\ufffd', '\U0001f600\U00010348',
         '\ud800\udc80\udcff\udfff', '\\+-~\x00\x7f']
def text():
    return ''.join(rng.choice(rng.choice(pools)) for _ in range(rng.randrange(0, 24)))
def blob():
    return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 24)))
encs = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'ascii', 'latin-1', 'cp1252',
        'cp437', 'koi8-r', 'iso8859-7', 'mac-roman', 'utf-8-sig', 'unicode-escape', 'raw-unicode-escape']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape',
            'surrogatepass']
texts = [text() for _ in range(60)]
blobs = [blob() for _ in range(60)]
for enc in encs:
    for h in handlers:
        crc, fails = 0, []
        for t in texts:
            try:
                b = t.encode(enc, h)
                crc = zlib.crc32(b, crc)
            except UnicodeEncodeError as e:
                fails.append((e.start, e.end))
            except Exception as e:
                fails.append(type(e).__name__)
        dcrc, dfails = 0, []
        for b in blobs:
            try:
                s = b.decode(enc, h)
                dcrc = zlib.crc32(s.encode('utf-8', 'surrogatepass'), dcrc)
            except UnicodeDecodeError as e:
                dfails.append((e.start, e.end))
            except Exception as e:
                dfails.append(type(e).__name__)
        print(enc, h, crc, len(fails), fails[:3], dcrc, len(dfails), dfails[:3])
