# HTTPPasswordMgr and friends: reduce_uri, is_suburi, realms, prior auth
import urllib.request as ur

m = ur.HTTPPasswordMgr()
for uri in ["http://example.com/a/b", "https://example.com", "example.com:8080",
            "http://example.com:81/x", "ftp://h/p", "http://[::1]/p", "/just/path"]:
    print(uri, m.reduce_uri(uri), m.reduce_uri(uri, False), m._reduce_uri_with_scheme(uri))
print(m.is_suburi(("h:80", "/a"), ("h:80", "/a/b")), m.is_suburi(("h:80", "/a"), ("h:80", "/ab")),
      m.is_suburi(("h:80", "/a/"), ("h:80", "/a/")), m.is_suburi(("h:80", "/"), ("g:80", "/")))
m.add_password("realm", "http://example.com/private/", "joe", "pw")
m.add_password("realm", ["example.org", "http://example.net:81/"], "ann", "pw2")
m.add_password(None, "http://default.com/", "dflt", "d")
print(list(m.passwd))
print(list(m.passwd["realm"].items()))
for realm, uri in [("realm", "http://example.com/private/x"), ("realm", "http://example.com:80/private/"),
                   ("realm", "https://example.com/private/x"), ("realm", "http://example.com/public"),
                   ("realm", "example.com/private/"), ("realm", "http://example.org/any"),
                   ("realm", "https://example.org/"), ("realm", "http://example.net:81/z"),
                   ("other", "http://example.com/private/x"), (None, "http://default.com/x"),
                   ("realm", "http://default.com/x")]:
    print(realm, uri, m.find_user_password(realm, uri))

d = ur.HTTPPasswordMgrWithDefaultRealm()
d.add_password(None, "http://h/", "any", "1")
d.add_password("r", "http://h/special", "sp", "2")
print(d.find_user_password("r", "http://h/special/x"), d.find_user_password("r", "http://h/other"),
      d.find_user_password("zzz", "http://h/"), d.find_user_password("r", "http://nothere/"))

p = ur.HTTPPasswordMgrWithPriorAuth()
p.add_password("r", "http://h/a", "u", "p", is_authenticated=True)
p.add_password(None, "http://g/", "v", "q")
print(list(p.passwd), p.is_authenticated("http://h/a/b"), p.is_authenticated("http://g/x"),
      p.is_authenticated("http://other/"))
p.update_authenticated(["http://g/"], True)
print(p.is_authenticated("http://g/x"), p.find_user_password(None, "http://h/a"))
print(list(p.authenticated.items()))

h = ur.HTTPBasicAuthHandler(p)
req = ur.Request("http://h/a/page")
print(h.http_request(req) is req, req.unredirected_hdrs)
req2 = ur.Request("http://nothere/")
h.http_request(req2)
print(req2.unredirected_hdrs)


class Resp:
    code = 401


h.http_response(ur.Request("http://h/a/page"), Resp())
print(p.is_authenticated("http://h/a/page"))
Resp.code = 204
h.http_response(ur.Request("http://h/a/page"), Resp())
print(p.is_authenticated("http://h/a/page"))
plain = ur.HTTPBasicAuthHandler()
print(type(plain.passwd).__name__, plain.add_password == plain.passwd.add_password)
req3 = ur.Request("http://h/")
print(plain.http_request(req3) is req3, plain.http_response(req3, "resp"))
print(ur.ProxyBasicAuthHandler.auth_header, ur.HTTPBasicAuthHandler.auth_header)
