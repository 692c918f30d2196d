from urllib.parse import urlsplit, urlparse, urljoin, urldefrag, urlunsplit

print(urlsplit(b'https://h:1/p?q#f'))
print(urlparse(b'https://h:1/p;a?q#f'))
try:
    print(urlsplit(bytearray(b'http://h/p')))
except TypeError as e:
    print('TypeError:', e)
print(urlparse(bytearray(b'http://h/p')))
print(urljoin(b'http://a/b/c', b'../d'))
print(urljoin(b'http://a/b/c', b''), urljoin(b'', b'x'))
print(urlsplit(b'http://h/p', b'x'), urlsplit(b'p', b'sch'))
for args in [(b'http://h', 'x'), ('http://h', b'x')]:
    try:
        print(urlsplit(*args))
    except TypeError as e:
        print('TypeError:', e)
print(urlsplit(b'http://h', ''))
try:
    print(urlsplit('http://h', b''))
except TypeError as e:
    print('TypeError:', e)
try:
    urljoin('http://a/', b'b')
except TypeError as e:
    print('TypeError:', e)
try:
    urlsplit(b'http://h/\xff')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
for bad in [None, 5, ['x']]:
    try:
        print(urlsplit(bad))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(urlsplit(b''), urlparse(b''), urldefrag(b''))
print(urlsplit(''), urlparse(''))
