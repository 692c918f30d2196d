# lib: httpfork
# What urlopen returns over HTTP: the response's attributes and reading
# calls, HTTPError as a response, methods, a proxy in front of the server
import http.server
import urllib.request as ur
from urllib.error import HTTPError
import httpfork


class Handler(httpfork.QuietTime, http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("http://"):
            body = ("proxied %s auth=%s host=%s" % (self.path, self.headers.get("Proxy-Authorization"),
                                                    self.headers.get("Host"))).encode()
        elif self.path == "/teapot":
            body = b"short and stout"
            self.send_response(418)
            self.send_header("X-Pot", "yes")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        else:
            body = b"line 1\nline 2\nline 3\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Set-Cookie", "a=1")
        self.send_header("Set-Cookie", "b=2")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_DELETE(self):
        self.send_response(202, "Will do")
        self.send_header("Content-Length", "0")
        self.end_headers()


port, wait = httpfork.serve(Handler, 7)
base = "http://127.0.0.1:%d" % port
with ur.urlopen(base + "/text", timeout=10) as r:
    print(type(r).__name__, r.status, r.code, r.reason, r.msg, r.version, r.url.replace(base, "BASE"))
    print(type(r.headers).__name__, r.info() is r.headers, r.getheader("set-cookie"), r.headers.get_all("Set-Cookie"))
    print(r.headers.get_content_type(), r.headers.get_content_charset(), r.getcode(), r.closed)
    print(r.readline(), r.read(3), r.read())
print(r.closed, r.isclosed())
r = ur.urlopen(base + "/lines")
print(r.readlines(), r.fp is None)
r.close()
r = ur.urlopen(base + "/iter")
print([line for line in r])
r = ur.urlopen(ur.Request(base + "/gone", method="DELETE"))
print(r.status, r.reason, r.msg, r.read(), r.headers["Content-Length"])
try:
    ur.urlopen(base + "/teapot")
except HTTPError as e:
    print(e.status, e.code, e.reason, e.msg, e.headers["X-Pot"], e.info() is e.headers, e.geturl().replace(base, "BASE"))
    print(e.read(5), e.read(), type(e.fp).__name__)
    print(repr(e).replace(str(port), "PORT"), str(e))
    e.close()

opener = ur.build_opener(ur.ProxyHandler({"http": "http://joe:s%%40cret@127.0.0.1:%d" % port}))
r = opener.open("http://target.invalid:8080/page?x=1")
print(r.read().decode(), r.url)
opener = ur.build_opener(ur.ProxyHandler({"http": base}))
r = opener.open("http://other.invalid/")
print(r.read().decode())
print("child", wait())
