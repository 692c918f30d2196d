# cwd: tmp
# lib: httpfork
# SimpleHTTPRequestHandler: files, HEAD, listings, index pages, redirects, 404, 304
import functools
import http.client
import http.server
import os
import httpfork

os.makedirs("site/sub")
os.makedirs("site/list dir/inner")
files = {
    "site/hello.txt": b"hello world\n",
    "site/page.html": b"<p>hi</p>",
    "site/data.gz": b"\x1f\x8b....",
    "site/DATA.BZ2": b"BZh",
    "site/noext": b"?",
    "site/sub/index.html": b"<h1>index</h1>",
    "site/list dir/a&b<c>.txt": b"amp",
    "site/list dir/Zeta.py": b"print()",
    "site/list dir/alpha.json": b"{}",
}
for name, data in files.items():
    with open(name, "wb") as f:
        f.write(data)
    os.utime(name, (946684800, 946684800))
os.symlink("alpha.json", "site/list dir/link.json")


class Handler(httpfork.QuietTime, http.server.SimpleHTTPRequestHandler):
    pass


REQUESTS = [
    ("GET", "/hello.txt", {}),
    ("HEAD", "/hello.txt", {}),
    ("GET", "/page.html?query=1#frag", {}),
    ("GET", "/data.gz", {}),
    ("GET", "/DATA.BZ2", {}),
    ("GET", "/noext", {}),
    ("GET", "/missing.txt", {}),
    ("HEAD", "/missing.txt", {}),
    ("GET", "/sub", {}),
    ("GET", "/sub?x=1", {}),
    ("GET", "/sub/", {}),
    ("GET", "/list%20dir/", {}),
    ("GET", "/list%20dir/a%26b%3Cc%3E.txt", {}),
    ("GET", "/../../hello.txt", {}),
    ("GET", "/sub/../hello.txt", {}),
    ("GET", "/hello.txt/", {}),
    ("GET", "/hello.txt", {"If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"}),
    ("GET", "/hello.txt", {"If-Modified-Since": "Fri, 31 Dec 1999 23:59:59 GMT"}),
    ("GET", "/hello.txt", {"If-Modified-Since": "garbage"}),
    ("GET", "/hello.txt", {"If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT",
                           "If-None-Match": "x"}),
    ("POST", "/hello.txt", {}),
]

handler = functools.partial(Handler, directory="site")
port, wait = httpfork.serve(handler, len(REQUESTS))
for method, url, headers in REQUESTS:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, url, headers=headers)
    r = conn.getresponse()
    print(method, url, headers, r.status, r.reason)
    for name, value in r.getheaders():
        if name != "Date":
            print("   %s: %s" % (name, value))
    body = r.read()
    print("   ", body if b"Error" not in body else body[-120:])
    conn.close()
print("child", wait())
