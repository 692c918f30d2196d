from urllib.parse import urlsplit, urlparse

for u in ['http:x', 'HTTP:x', 'h:x', '9:x', 'a9+.-:x', 'a_b:x', 'a b:x', '\u00e9:x', 'a\u00e9:x', '+a:x', ':x',
          'a:', 'a::', 'a:/x', 'a://x', 'a:?q', 'a:#f', 'javascript:alert(1)', 'data:text/plain,hi', 'urn:isbn:1',
          'c:\\path\\f', 'C:/p', 'localhost:8080', 'localhost:8080/p', 'path:8080', 'x:123abc', 'mailto:a@b?subject=x',
          'news:comp.lang', 'file:/a/b', 'file:a/b', 'git+ssh://h/r', 'itms-services://?action=x', 'sip:u@h;t=1?x#y']:
    s, p = urlsplit(u), urlparse(u)
    print(repr(u), tuple(s), tuple(p), s.geturl() == u, p.geturl())
