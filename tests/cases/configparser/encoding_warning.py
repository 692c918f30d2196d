# configparser: read() without an encoding uses the locale's, with an EncodingWarning under -X warn_default_encoding
# options: -X warn_default_encoding
# cwd: tmp
import configparser as cp
import warnings

with open('plain.ini', 'w', encoding='utf-8') as f:
    f.write("[s]\nk = ascii only\n")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    p = cp.ConfigParser()
    print(p.read('plain.ini'))
    print(p.read('plain.ini', encoding='utf-8'))
    print(p.read(['plain.ini', 'missing.ini'], encoding='locale'))
for w in caught:
    print(w.category.__name__, w.message)
print(dict(p['s']))
