from urllib.parse import urlsplit, urlparse

for u in ['http://User:Pass@HOST.example:80/', 'http://user@host', 'http://:@host:', 'http://a:b:c@h:1',
          'http://@h', 'http://u@v@host:99/', 'http://[::1]:8080/x', 'http://[FE80::1%EtH0]:1/',
          'http://[v1.fe]/', 'http://h:0/', 'http://h:65535', 'http:///path', 'http://HOST', 'http://h:/']:
    r = urlsplit(u)
    print(u, '->', repr(r.username), repr(r.password), repr(r.hostname), repr(r.port), repr(r.netloc))
for u in ['http://h:65536/', 'http://h:-1/', 'http://h:abc/', 'http://h:٣/', 'http://h: 1/', 'http://h:+1']:
    r = urlsplit(u)
    try:
        print(r.port)
    except ValueError as e:
        print('ValueError:', e)
b = urlsplit(b'http://U:P@[::1]:99/p')
print(b, b.username, b.password, b.hostname, b.port)
b = urlsplit(b'http://h:x/')
try:
    b.port
except ValueError as e:
    print('ValueError:', e)
