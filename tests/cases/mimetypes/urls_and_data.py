import mimetypes
import pathlib

mimetypes.init([])
for u in ['http://example.com/a.html', 'http://example.com/a.html?x=1#f', 'https://h/dir/', 'https://h/x.tar.gz',
          'HTTP://H/A.PNG', 'ftp://f/x.tgz', 'file:///tmp/x.txt', 'c:\\dir\\x.txt', 'C:/x.png', 'data:,hello',
          'data:text/plain;charset=utf-8,hi', 'data:image/png;base64,AAAA', 'data:text', 'data:a=b,x', 'data:nope,x',
          'data:;base64,xx', 'DATA:text/html,x', 'mailto:a@b.html', 'x:y.png', 'ab:y.png', '//h/x.css', '?q.js',
          'http://h/a.html;params', 'http://h/%41.png', 'a.b.c.json', 'data:,', 'data:text/html;x=y,z']:
    print(repr(u), mimetypes.guess_type(u), mimetypes.guess_type(u, False))
print(mimetypes.guess_type(pathlib.PurePosixPath('/x/y.css')), mimetypes.guess_file_type(b'/x/y.css'))
print(mimetypes.guess_file_type(pathlib.PurePosixPath('a.tar.gz')), mimetypes.guess_type(b'x.png') if False else '')
for bad in [None, 5, b'x.png']:
    try:
        print(mimetypes.guess_type(bad))
    except TypeError as e:
        print('TypeError:', e)
try:
    mimetypes.guess_file_type(5)
except TypeError as e:
    print('TypeError:', e)
try:
    mimetypes.guess_extension(None)
except AttributeError as e:
    print('AttributeError:', e)
