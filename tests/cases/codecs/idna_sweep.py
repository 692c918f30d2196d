# Seeded IDNA round trips of host names, whole and through the
# incremental encoder and decoder in pieces.
import codecs, random
rng = random.Random(3490)
pool = 'abcxyz019-' * 3 + '\xe4\xf6\xfc\xdf\xe9\u0416\u0436\u4e2d\u6587\uac00\u00c9'
ok = 0
pieces_ok = 0
failures = []
for _ in range(200):
    labels = [''.join(rng.choice(pool) for _ in range(rng.randrange(1, 10))) for _ in range(rng.randrange(1, 4))]
    name = '.'.join(labels)
    try:
        data = name.encode('idna')
    except UnicodeError as e:
        failures.append(str(e))
        continue
    back = data.decode('idna')
    ok += back == codecs.decode(data, 'idna')
    enc = codecs.getincrementalencoder('idna')()
    dec = codecs.getincrementaldecoder('idna')()
    cut = rng.randrange(len(name) + 1)
    joined = enc.encode(name[:cut]) + enc.encode(name[cut:], True)
    cut = rng.randrange(len(data) + 1)
    text = dec.decode(data[:cut]) + dec.decode(data[cut:], True)
    pieces_ok += joined == data and text == back
print(ok, pieces_ok, len(failures), failures[:5])
