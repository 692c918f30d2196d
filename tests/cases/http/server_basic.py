# lib: httpfork
# BaseHTTPRequestHandler and HTTPConnection talking over 127.0.0.1
import http.client
import http.server
import httpfork


class Handler(httpfork.QuietTime, http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("path=%s version=%s command=%s host=%s\n" % (
            self.path, self.request_version, self.command,
            self.headers.get("Host") is not None)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)
        self.send_response(201, "Made")
        self.send_header("X-Echo-Type", self.headers.get_content_type())
        self.end_headers()
        self.wfile.write(data.upper())

    def do_HEAD(self):
        self.send_response(204)
        self.end_headers()

    def do_PUT(self):
        self.send_error(403, "No puts", "Puts are refused here <b>")

    def do_DELETE(self):
        self.send_error(418)


port, wait = httpfork.serve(Handler, 8)


def show(method, url, body=None, headers={}):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, url, body, headers)
    r = conn.getresponse()
    print(method, url, r.status, repr(r.reason), r.version, r.will_close)
    for name, value in r.getheaders():
        if name not in ("Date",):
            print("  %s: %s" % (name, value))
    print("  body:", r.read())
    conn.close()


show("GET", "/a/b?x=1")
show("GET", "//double//slash")
show("POST", "/post", b"some data", {"Content-Type": "text/x-thing"})
show("HEAD", "/head")
show("PUT", "/put", "text body")
show("DELETE", "/thing")
show("PATCH", "/unknown")
show("GET", "/", headers={"Host": "example.org"})
print("child exit", wait())
