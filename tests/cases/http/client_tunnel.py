# lib: httpfork
# HTTPConnection.set_tunnel: CONNECT through a proxy (a forked handler
# that answers CONNECT and then serves the tunnelled requests itself)
import http.client
import http.server
import httpfork


class Proxy(httpfork.QuietTime, http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_CONNECT(self):
        if self.path.startswith("refuse"):
            self.send_response(407)
            self.send_header("Content-Length", "0")
            self.send_header("Connection", "close")
            self.end_headers()
            return
        self.connect_line = "%s host=%s auth=%s x=%s" % (
            self.requestline, self.headers.get("Host"), self.headers.get("Proxy-Authorization"),
            self.headers.get("X-Extra"))
        self.send_response(200, "Connection established")
        self.send_header("X-Proxy", "yes")
        self.end_headers()

    def do_GET(self):
        body = ("tunnelled %s host=%s after [%s]" % (
            self.requestline, self.headers.get("Host"), getattr(self, "connect_line", None))).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


port, wait = httpfork.serve(Proxy, 7)
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
print(conn.get_proxy_response_headers())
conn.set_tunnel("secure.example", 8443)
print(conn._tunnel_host, conn._tunnel_port, conn._tunnel_headers)
conn.request("GET", "/inside")
r = conn.getresponse()
print(r.status, r.read().decode())
h = conn.get_proxy_response_headers()
print(type(h).__name__, [(k, v) for k, v in h.items() if k != "Date"])
try:
    conn.set_tunnel("other.example")
except RuntimeError as e:
    print("RuntimeError", e)
conn.close()

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.set_tunnel("[::1]:9000", headers={"Proxy-Authorization": "Basic eDp5", "X-Extra": 5})
conn.request("GET", "http://ignored.example/abs")
r = conn.getresponse()
print(r.status, r.read().decode())
conn.close()

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.set_tunnel("bücher.example", headers={"host": "given.example"})
print(conn._tunnel_headers, conn._tunnel_port)
conn.request("GET", "/")
print(conn.getresponse().read().decode())
conn.close()

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.set_tunnel("refuse.example")
try:
    conn.request("GET", "/")
except OSError as e:
    print("OSError", e, conn.sock)
print(conn.get_proxy_response_headers().items()[:1])
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.set_tunnel("bad\nhost")
try:
    conn.request("GET", "/")
except ValueError as e:
    print("ValueError", e)
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.set_tunnel("bad\nhost")
try:
    conn.request("GET", "/", headers={"Host": "given"})
except ValueError as e:
    print("ValueError", e)
conn.close()
for bad in ({"Bad:Name": "v"}, {"X": "a\nb"}):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.set_tunnel("h.example", headers=bad)
    try:
        conn.request("GET", "/")
    except ValueError as e:
        print("ValueError", e)
    conn.close()
print("child", wait())
