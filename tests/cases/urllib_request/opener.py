# OpenerDirector and build_opener: handler registration, order, chains, errors
import socket
import urllib.request as ur
from urllib.error import URLError


class Log(ur.BaseHandler):
    def __init__(self, name, order=500):
        self.name = name
        self.handler_order = order

    def __repr__(self):
        return "<%s>" % self.name


class Opener(Log):
    def test_open(self, req):
        timeout = "default" if req.timeout is socket._GLOBAL_DEFAULT_TIMEOUT else req.timeout
        print("test_open", self.name, req.full_url, req.get_method(), timeout)
        if "none" in req.full_url:
            return None
        return "response from %s" % self.name

    def test_request(self, req):
        print("test_request", self.name)
        req.add_header("X-Seen", self.name)
        return req

    def test_response(self, req, response):
        print("test_response", self.name, response)
        return None if response is None else response + "!"

    def test_error_404(self, *args):
        print("404 handler", self.name, args)
        return "handled 404"

    def default_open(self, req):
        if "default" in req.full_url:
            return "default from %s" % self.name
        return None


o = ur.OpenerDirector()
print(o.addheaders[0][0], o.addheaders[0][1].startswith("Python-urllib/3."))
a, b, c = Opener("a", 600), Opener("b", 100), Log("plain")
o.add_handler(a)
o.add_handler(b)
o.add_handler(c)
print(o.handlers, sorted(o.handle_open), o.process_request, o.process_response)
print(o.handle_error)
print(o.open("test://x", timeout=3))
print(o.open("test://default"))
print(o.open("test://none-here"))
print(o.error("nosuch", 1))
try:
    o.open("nothing://x")
except Exception as e:
    print(type(e).__name__, e)
try:
    o.add_handler(object())
except TypeError as e:
    print("TypeError", e)

r = ur.Request("test://y", data=b"d")
print(o.open(r), r.headers, r.get_method(), r.timeout)
print(o.open(r, data=b"other"), r.data)


class HTTPErr(ur.BaseHandler):
    def http_error_302(self, *args):
        return "redirect!"

    def http_error_default(self, req, fp, code, msg, hdrs):
        return "default %s" % code


o2 = ur.OpenerDirector()
o2.add_handler(HTTPErr())
print(o2.handle_error)
print(o2.error("http", "req", "fp", 302, "Found", {}), o2.error("https", "req", "fp", 500, "Boom", {}))

opener = ur.build_opener()
print(sorted(type(h).__name__ for h in opener.handlers if type(h).__name__ not in ("FTPHandler", "HTTPSHandler")))
print([type(h).__name__ for h in opener.handle_open["http"]], [type(h).__name__ for h in opener.handle_open["unknown"]])


class MyHTTP(ur.HTTPHandler):
    pass


opener = ur.build_opener(MyHTTP, ur.DataHandler())
print([type(h).__name__ for h in opener.handle_open["http"]], [type(h).__name__ for h in opener.handle_open["data"]])
opener = ur.build_opener(ur.HTTPRedirectHandler)
print(sum(isinstance(h, ur.HTTPRedirectHandler) for h in opener.handlers))
try:
    opener.open("bogus://x")
except URLError as e:
    print("URLError", e, e.reason)
try:
    opener.open("http://")
except URLError as e:
    print("URLError", e, e.reason)

h1, h2 = ur.BaseHandler(), ur.BaseHandler()
h2.handler_order = 10
print(h1 < h2, h2 < h1, h1 < object(), ur.HTTPErrorProcessor.handler_order, ur.ProxyHandler.handler_order)
print(ur.parse_http_list('a, b="c, d", e\\,f, "g\\"h", ,'), ur.parse_http_list(""))
print(ur.parse_keqv_list(['a=1', 'b="two"', 'c=x=y', 'd=""']))
try:
    ur.parse_keqv_list(["novalue"])
except ValueError as e:
    print("ValueError", e)
ur.install_opener(o)
print(ur.urlopen("test://installed"))
ur.install_opener(None)
