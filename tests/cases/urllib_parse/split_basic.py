from urllib.parse import urlsplit, urlparse

URLS = ['http://www.python.org/doc/#frag', 'https://user:pw@Host.Example.COM:8080/p/a/t/h;params?q=1&r=2#top',
        'ftp://ftp.example.com/pub/file.txt', 'file:///etc/passwd', 'mailto:someone@example.com',
        '//netloc/only', 'path/only?x=1', '', '#justfrag', '?justquery', 'HTTP://UPPER.case/Path',
        'a1+b-c.d://x/y', '1http://x/y', 'http:no/netloc', 'tel:+1-816-555-1212', 'sip:alice@atlanta.com;transport=tcp',
        'http://h/p;a;b?q;c#f;g', 'http://h/a;b/c;d', 'news:comp.lang.python', 'x' * 3 + ':' + 'y']
for u in URLS:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', p)
    print('  ', s.geturl(), p.geturl())
    print('  ', s.username, s.password, s.hostname, s.port)
for u in URLS[:6]:
    print(urlsplit(u, scheme='zz'), urlparse(u, 'yy'))
print(urlsplit('http://h/p#f?q', allow_fragments=False))
print(urlparse('http://h/p?q#f', allow_fragments=False))
print(urlsplit('http://h/p?q#f', allow_fragments=0))
