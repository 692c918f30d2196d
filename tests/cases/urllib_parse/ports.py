from urllib.parse import urlsplit

for port in ['0', '00080', '65535', '65536', '99999999999999999999', '-0', '+1', ' 1', '1 ', '\u0661', '\uff11', '1_0',
             '0x10', '1e3', '', ':', '80:80', '8\u00b2']:
    for host in ['h', '[::1]', 'u:p@h']:
        r = urlsplit('http://%s:%s/' % (host, port))
        try:
            print(repr(port), host, repr(r.port), r.hostname)
        except ValueError as e:
            print(repr(port), host, 'ValueError:', e)
r = urlsplit(b'http://h:99999/')
try:
    r.port
except ValueError as e:
    print('bytes ValueError:', e)
print(urlsplit(b'http://h:80/').port, urlsplit(b'http://H/').hostname, urlsplit(b'http://[FE80::A%ZoNe]/').hostname)
