# IGNORECASE with and without ASCII: the letters Python folds together (the
# Kelvin sign, long s, dotted and dotless i, sharp s, Greek sigma and theta),
# in literals, classes and ranges, str and bytes.
import re

letters = 'kK\u212asS\u017fiI\u0130\u0131\u00df\u1e9e\u03c3\u03c2\u03a3\u03b8\u03d1\u0398\u00b5\u03bc\u00e5\u212b'
for p in ['k', 'K', '\u212a', 's', '\u017f', 'i', 'I', '\u0130', '\u0131', '\u00df', '\u03c3', '\u03b8',
          '\u00b5', '\u00e5', '[k]', '[a-z]', '[A-Z]', '[\u0131]', '[\u03c2]', '[^k]', '[h-l]', '[r-t]',
          '\\w', '[\u00c0-\u00ff]', '(?-i:k)K']:
    for flags in [re.I, re.I | re.A]:
        print(ascii(p), flags, ascii(''.join(re.findall(p, letters, flags))))
for p in [b'k', b'[a-z]', b'S', b'\xe9', b'[\xc0-\xdf]']:
    for flags in [re.I, re.I | re.A, re.I | re.L]:
        print(p, flags, re.findall(p, b'kKsS\xe9\xc9\xff', flags))
print(re.findall('(?i:a)b', 'AB Ab ab aB'), re.findall('(?i)a(?-i:b)', 'AB Ab ab aB'))
