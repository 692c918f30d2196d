import unicodedata
from urllib.parse import urlsplit, urlparse

# characters whose NFKC form holds a URL delimiter make the netloc invalid
found = []
for cp in range(0xa0, 0x3000):
    ch = chr(cp)
    folded = unicodedata.normalize('NFKC', ch)
    if folded != ch and any(d in folded for d in '/?#@:'):
        found.append(ch)
print(len(found), ascii(''.join(found[:40])))
for ch in found[:60]:
    for u in ['http://a%sb/' % ch, 'http://u%s@h/' % ch, 'http://[::1]/%s' % ch, '//h%s' % ch]:
        try:
            print(ascii(u), urlsplit(u).netloc == urlparse(u).netloc)
        except ValueError as e:
            print(ascii(u), 'ValueError:', ascii(str(e)))
for u in ['http://\uff21\uff22/', 'http://\u00bd/', 'http://h\u0301/', 'http://a@\u2100/', 'http://a:\u2100@b/']:
    try:
        print(ascii(u), ascii(urlsplit(u).netloc))
    except ValueError as e:
        print(ascii(u), 'ValueError:', ascii(str(e)))
