from urllib.parse import urlsplit, urlparse, urljoin

for u in ['  http://h/p', '\x00\x1fhttp://h/p  ', 'ht\ttp://h\r/p\n?q', '\x7fhttp://h/', 'http://h/ \t',
          ' \n//h/p', 'HtTp://h/P']:
    print(repr(u), urlsplit(u))
print(urlsplit('//h/p', scheme=' \tHTTP\n '))
print(urlsplit('p', scheme='x\ty'))
print(urlparse(b'  http://h/p'))
