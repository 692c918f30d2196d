import mimetypes
import os

mimetypes.knownfiles = []
for p in ['/a/b/c.HTML', 'dir.html/file', 'dir/.hidden.txt', 'a..txt', 'a.txt.', 'a.TXT.GZ', 'a.tar.GZ', 'a.Tgz',
          'a.tar.gz.bz2', 'a.svgz', 'a.SVGZ', 'a.gz', '.gz', 'C:\\x\\y.txt', 'C:x.png', '\\\\server\\share\\f.png',
          'a b.pdf', 'a%20b.pdf', 'x.PNG?y', 'x.png#f', '\u00e9\u00e8.css', b'bytes.js'.decode(), 'x.tar.br', 'x.br']:
    print(repr(p), mimetypes.guess_file_type(p), mimetypes.guess_type(p), mimetypes.guess_type(p, strict=False))
print(mimetypes.guess_file_type(b'/x/y.html'), mimetypes.guess_file_type(os.fsencode('\u00e9.png')))
for bad in [None, 3.5]:
    try:
        mimetypes.guess_file_type(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    mimetypes.guess_file_type('x.png', False)
except TypeError as e:
    print('TypeError:', e)
