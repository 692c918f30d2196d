# HTTPRedirectHandler and the error processors, with stand-in parent and files
import io
import urllib.request as ur
from urllib.error import HTTPError


class Parent:
    def __init__(self):
        self.opened = []

    def open(self, req, timeout=None):
        self.opened.append(req)
        return "opened %s %s" % (req.get_method(), req.full_url)

    def error(self, *args):
        return "error%r" % (args[2:4],)


class FP(io.BytesIO):
    def close(self):
        print("fp closed")
        super().close()

    def __del__(self):
        # Closed only when the handler closes it, not when it is collected.
        pass


h = ur.HTTPRedirectHandler()
h.add_parent(Parent())
print(h.max_repeats, h.max_redirections, repr(h.inf_msg))


def req(url="http://a.example/start", **kw):
    r = ur.Request(url, **kw)
    r.timeout = 5
    return r


def follow(request, code, headers, msg="Moved"):
    try:
        result = h.http_error_302(request, FP(b"old body"), code, msg, headers)
    except HTTPError as e:
        print("HTTPError", e.code, repr(e.msg), e.url, e.fp is not None)
        return None
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
        return None
    print(result)
    return result


r = req(headers={"X-Keep": "1", "Content-Type": "a/b", "content-length": "3"})
follow(r, 301, {"location": "/next page?x=1#f"})
new = h.parent.opened[-1]
print(new.headers, new.origin_req_host, new.unverifiable, new.redirect_dict, new.get_method())
follow(req(), 302, {"uri": "http://b.example"})
print(h.parent.opened[-1].full_url)
follow(req(), 303, {"Location": "relative/path"})
follow(req(), 307, {"location": "//other.host/x"})
follow(req(method="HEAD"), 308, {"location": "/h"})
follow(req(data=b"x"), 302, {"location": "/after-post"})
follow(req(data=b"x"), 307, {"location": "/after-post"})
follow(req(method="PUT"), 301, {"location": "/put"})
follow(req(method="DELETE"), 303, {"location": "/del"})
follow(req(), 302, {})
follow(req(), 302, {"location": "ftp://files/x"})
follow(req(), 302, {"location": "file:///etc/passwd"})
follow(req(), 302, {"location": "/caf\u00e9 \u20ac"})

r = req()
url = r.full_url
for i in range(6):
    nxt = follow(r, 302, {"location": "/loop"})
    if nxt is None:
        break
    r = h.parent.opened[-1]
    r.timeout = 5
print(r.redirect_dict)

r = req()
for i in range(12):
    if follow(r, 302, {"location": "/hop%d" % i}) is None:
        break
    r = h.parent.opened[-1]
    r.timeout = 5
print(len(r.redirect_dict))

new = h.redirect_request(req(), None, 302, "Found", {}, "http://x/a b")
print(new.full_url, new.get_method())
try:
    h.redirect_request(req(method="POST"), None, 307, "Temp", {}, "http://x/")
except HTTPError as e:
    print("HTTPError", e)


class Resp:
    def __init__(self, code):
        self.code, self.msg = code, "Message %d" % code

    def info(self):
        return {"h": "v"}

    def __repr__(self):
        return "<Resp %d>" % self.code


p = ur.HTTPErrorProcessor()
p.add_parent(Parent())
for code in (200, 204, 299, 300, 404, 100):
    out = p.http_response("request", Resp(code))
    print(code, out if isinstance(out, str) else type(out).__name__)
print(p.https_response == p.http_response)
d = ur.HTTPDefaultErrorHandler()
try:
    d.http_error_default(req(), io.BytesIO(b"err"), 418, "Teapot", {"a": "b"})
except HTTPError as e:
    print("HTTPError", e, e.code, e.reason, e.headers, e.read())
