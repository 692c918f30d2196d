# Files opened with open() in the codecs io handles itself, and with
# codecs.open in the others.
import codecs, os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 't.txt')
for enc in ['utf-8', 'latin-1', 'ascii', 'utf_8', 'L1', 'us-ascii']:
    with open(path, 'w', encoding=enc, errors='replace') as f:
        f.write('caf\xe9 \u20ac\n')
    with open(path, 'rb') as f:
        raw = f.read()
    with open(path, encoding=enc, errors='replace') as f:
        print(enc, raw, ascii(f.read()))
import warnings
warnings.simplefilter('ignore')
for enc in ['utf-16', 'cp1252', 'koi8-r']:
    with codecs.open(path, 'w', enc, 'replace') as f:
        f.write('\u041f caf\xe9 \u20ac\n')
    with open(path, 'rb') as f:
        print(enc, f.read())
os.remove(path)
os.rmdir(d)
