# lib: httpfork
# Digest authentication: the Authorization values computed (fixed client
# nonces), algorithms, qop, errors, and a server that checks them
import hashlib
import http.server
import urllib.request as ur
from urllib.error import HTTPError, URLError
from email.message import Message
import httpfork


class Fixed(ur.HTTPDigestAuthHandler):
    def get_cnonce(self, nonce):
        return "0a4f113b%08x" % self.nonce_count


mgr = ur.HTTPPasswordMgr()
mgr.add_password("testrealm@host.com", "http://www.nowhere.org/dir/", "Mufasa", "Circle Of Life")
h = Fixed(mgr)
req = ur.Request("http://www.nowhere.org/dir/index.html")
chal = {"realm": "testrealm@host.com", "nonce": "dcd98b7102dd2f0e8b11d0f600bfb0c093", "qop": "auth",
        "opaque": "5ccc069c403ebaf9f0171e9517f40e41"}
print(h.get_authorization(req, chal))
print(h.get_authorization(req, chal))
print(h.get_authorization(req, dict(chal, nonce="other")), h.nonce_count, h.last_nonce)
print(h.get_authorization(req, {"realm": "testrealm@host.com", "nonce": "abc"}))
print(h.get_authorization(req, dict(chal, algorithm="SHA")))
print(h.get_authorization(req, dict(chal, algorithm="SHA-256", qop="auth-int,auth")))
print(h.get_authorization(ur.Request("http://www.nowhere.org/dir/x", data=b"d"), dict(chal, qop=None)))
print(h.get_authorization(req, {"nonce": "x"}), h.get_authorization(req, {"realm": "x"}),
      h.get_authorization(req, dict(chal, realm="unknown")))
for bad in (dict(chal, algorithm="MD5-sess"), dict(chal, qop="auth-int")):
    try:
        h.get_authorization(req, bad)
    except (ValueError, URLError) as e:
        print(type(e).__name__, e)
H, KD = h.get_algorithm_impls("MD5")
print(H("abc"), KD("a", "b"), h.get_entity_digest(b"x", {}))
print(len(ur.HTTPDigestAuthHandler().get_cnonce("n")), ur.HTTPDigestAuthHandler.handler_order,
      ur.ProxyDigestAuthHandler.auth_header, ur.HTTPDigestAuthHandler.auth_header)


class Parent:
    def open(self, req, timeout=None):
        return "retried with " + req.unredirected_hdrs["Authorization"][:60]


h.add_parent(Parent())


def challenge(value):
    m = Message()
    if value is not None:
        m["WWW-Authenticate"] = value
    return m


r = ur.Request("http://www.nowhere.org/dir/x")
r.timeout = 1
for value in ['Digest realm="testrealm@host.com", nonce="n1"', 'Basic realm="x"', None,
              'Digest realm="nobody", nonce="n1"']:
    print(repr(value), h.http_error_401(r, None, 401, "Unauthorized", challenge(value)), h.retried)
try:
    h.http_error_401(r, None, 401, "Unauthorized", challenge('Negotiate abc'))
except ValueError as e:
    print("ValueError", e, h.retried)
h.retried = 6
try:
    h.http_error_401(r, None, 401, "Unauthorized", challenge('Digest realm="a", nonce="b"'))
except HTTPError as e:
    print("HTTPError", e, e.code, h.retried)


class Server(httpfork.QuietTime, http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        auth = self.headers.get("Authorization")
        if auth is None:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Digest realm="zone", nonce="abc123", qop="auth", opaque="op"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        params = ur.parse_keqv_list(ur.parse_http_list(auth.split(" ", 1)[1]))
        ha1 = hashlib.md5(b"joe:zone:secret").hexdigest()
        ha2 = hashlib.md5(("GET:" + params["uri"]).encode()).hexdigest()
        good = hashlib.md5(("%s:abc123:%s:%s:auth:%s" % (ha1, params["nc"], params["cnonce"], ha2)).encode()).hexdigest()
        body = ("ok=%s user=%s" % (params["response"] == good, params["username"])).encode()
        self.send_response(200 if params["response"] == good else 403)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


port, wait = httpfork.serve(Server, 2)
mgr = ur.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password(None, "http://127.0.0.1:%d/" % port, "joe", "secret")
opener = ur.build_opener(ur.HTTPDigestAuthHandler(mgr))
with opener.open("http://127.0.0.1:%d/private" % port, timeout=10) as f:
    print(f.status, f.read())
print("child", wait())
