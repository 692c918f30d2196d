# lib: httpfork
# urlopen over HTTP: GET, POST, headers sent, redirects, HTTPError, loops
import base64
import http.server
import urllib.request as ur
from urllib.error import HTTPError, URLError
import httpfork


class Handler(httpfork.QuietTime, http.server.BaseHTTPRequestHandler):
    def reply(self, code, body=b"", headers=()):
        self.send_response(code)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        path = self.path
        if path.startswith("/redirect/"):
            code = int(path.split("/")[2])
            self.reply(code, b"moving", [("Location", "/echo?from=%d" % code)])
        elif path == "/loop":
            self.reply(302, headers=[("Location", "/loop")])
        elif path == "/bad-scheme":
            self.reply(302, headers=[("Location", "javascript:alert(1)")])
        elif path == "/uri":
            self.reply(301, headers=[("URI", "/echo?uri")])
        elif path == "/nolocation":
            self.reply(302, b"stay")
        elif path == "/missing":
            self.send_error(404, "Nothing here")
        elif path == "/auth":
            expected = "Basic " + base64.b64encode(b"joe:secret").decode()
            if self.headers.get("Authorization") == expected:
                self.reply(200, b"welcome joe")
            else:
                self.reply(401, b"who?", [("WWW-Authenticate", 'Basic realm="zone"')])
        else:
            lines = ["%s %s" % (self.command, path)]
            for name, value in self.headers.items():
                if name != "User-Agent":
                    lines.append("%s: %s" % (name, value))
            lines.append("UA ok: %s" % self.headers["User-Agent"].startswith("Python-urllib/"))
            self.reply(200, "\n".join(lines).encode(), [("X-Server", "yes")])

    do_HEAD = do_GET

    def do_POST(self):
        size = self.headers.get("Content-Length")
        if size is None:
            data = b""
            while True:
                line = self.rfile.readline()
                n = int(line, 16)
                chunk = self.rfile.read(n + 2)[:n]
                if not n:
                    break
                data += chunk
        else:
            data = self.rfile.read(int(size))
        if self.path.startswith("/redirect/"):
            code = int(self.path.split("/")[2])
            self.reply(code, b"", [("Location", "/echo")])
            return
        info = "%s %s %r type=%s len=%s te=%s" % (
            self.command, self.path, data, self.headers.get("Content-Type"),
            size, self.headers.get("Transfer-Encoding"))
        self.reply(200, info.encode())


CONNECTIONS = 34
port, wait = httpfork.serve(Handler, CONNECTIONS)
base = "http://127.0.0.1:%d" % port


def show(target, data=None, opener=None):
    try:
        f = (opener or ur).open(target, data) if opener else ur.urlopen(target, data, timeout=10)
    except HTTPError as e:
        print("HTTPError", e.code, repr(e.reason), repr(e.msg), str(e), e.url.replace(base, "BASE"))
        print("   ", e.headers.get("Content-Type"), e.hdrs is e.headers, e.getcode(), e.read()[-40:])
        e.close()
        return
    except URLError as e:
        print("URLError", e.reason)
        return
    with f:
        print(f.status, f.reason, f.msg, f.geturl().replace(base, "BASE"), type(f).__name__)
        print("   ", f.getheader("X-Server"), f.headers["Content-Length"])
        for line in f.read().decode().splitlines():
            print("   ", line.replace(str(port), "PORT"))


show(base + "/plain?a=1")
show(base + "/plain#fragment")
show(ur.Request(base + "/hdrs", headers={"X-Custom": "1", "accept": "text/x"}))
show(base + "/post", b"a=1&b=2")
show(ur.Request(base + "/put", data=b"xyz", method="PUT", headers={"Content-Type": "text/plain"}))
show(ur.Request(base + "/iter", data=iter([b"ab", b"cd"])))
for code in (301, 302, 303, 307, 308):
    show(base + "/redirect/%d" % code)
show(ur.Request(base + "/redirect/302", method="HEAD"))
show(base + "/redirect/303", b"posted")
show(base + "/redirect/307", b"posted")
show(base + "/loop")
show(base + "/bad-scheme")
show(base + "/uri")
show(base + "/nolocation")
show(base + "/missing")
show(base + "/auth")
mgr = ur.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password(None, base + "/", "joe", "secret")
show(base + "/auth", opener=ur.build_opener(ur.HTTPBasicAuthHandler(mgr)))
try:
    ur.urlopen(base + "/post", "text data")
except TypeError as e:
    print("TypeError", e)
print("child", wait())
