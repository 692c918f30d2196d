# codecs.open over a real file in several encodings and modes.
import codecs, os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'f.txt')
for enc in ['utf-8', 'utf-16', 'latin-1', 'cp1252', 'utf-32-be']:
    with codecs.open(path, 'w', enc) as f:
        f.write('caf\xe9\nna\xefve\n')
        print(enc, f.encoding)
    with open(path, 'rb') as f:
        print(f.read())
    with codecs.open(path, 'r', enc) as f:
        print(ascii(f.readlines()))
    with codecs.open(path, 'a', enc) as f:
        f.write('more')
    with codecs.open(path, encoding=enc) as f:
        print(ascii(f.read()))
with codecs.open(path, 'rb') as f:
    print(type(f).__name__, f.read()[:8])
try:
    codecs.open(path, 'r', 'no-such-codec')
except LookupError as e:
    print(e)
os.remove(path)
os.rmdir(d)
