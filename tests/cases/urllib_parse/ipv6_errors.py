from urllib.parse import urlsplit, urlparse, urljoin

for u in ['http://[::1/', 'http://::1]/', 'http://[::1]x/', 'http://a[::1]/', 'http://[127.0.0.1]/',
          'http://[v1.x]/', 'http://[vz.x]/', 'http://[v1.]/', 'http://[v.1]/', 'http://[nothex]/',
          'http://[::1]:80/', 'http://u@[::ffff:1.2.3.4]/', 'http://[::1]]/', 'http://[[::1]/',
          'http://[fe80::1%25en0]/', 'http://x/[::1', 'http://\u2100.com/', 'http://ex\uff0eample.com/',
          'http://caf\u00e9.com/', 'http://a\u2474b/', 'http://h\ufe13x/']:
    for f in (urlsplit, urlparse):
        try:
            print(repr(u), f(u))
        except ValueError as e:
            print(repr(u), f.__name__, 'ValueError:', e)
try:
    urlsplit(b'http://[::1/')
except ValueError as e:
    print('bytes ValueError:', e)
try:
    urljoin('http://a/', 'http://[x/')
except ValueError as e:
    print('join ValueError:', e)
