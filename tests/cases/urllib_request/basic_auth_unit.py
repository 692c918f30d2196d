# AbstractBasicAuthHandler: realm parsing, unquoted realms warning,
# unsupported schemes, retries, proxy authentication
import warnings
import urllib.request as ur
from email.message import Message


class Parent:
    def open(self, req, timeout=None):
        return "retried with %s" % req.unredirected_hdrs


def headers(*values, name="WWW-Authenticate"):
    m = Message()
    for v in values:
        m[name] = v
    return m


mgr = ur.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password("zone", "http://h/", "joe", "pw")
mgr.add_password("other", "h", "proxyuser", "ppw")
h = ur.HTTPBasicAuthHandler(mgr)
h.add_parent(Parent())
print(list(h._parse_realm('Basic realm="zone"')))
print(list(h._parse_realm('Digest realm="a", Basic realm=\'b\'')))
print(list(h._parse_realm('Bearer')), list(h._parse_realm('')), list(h._parse_realm('Basic  realm="sp ace" , x realm=""')))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(list(h._parse_realm('Basic realm=zone')))
print([(w.category.__name__, str(w.message)) for w in caught])

for values in [('Basic realm="zone"',), ('Basic realm="nozone"',), ('Digest realm="zone", Basic realm="zone"',),
               ('Digest realm="zone"',), ('Negotiate',), ('Digest realm="x"', 'Basic realm="zone"'), ()]:
    req = ur.Request("http://h/page")
    req.timeout = 1
    try:
        out = h.http_error_401(req, None, 401, "Unauthorized", headers(*values))
    except ValueError as e:
        out = "ValueError: %s" % e
    print(values, "->", out)

req = ur.Request("http://h/page")
req.timeout = 1
req.add_unredirected_header("Authorization", "Basic am9lOnB3")
print(h.retry_http_basic_auth("http://h/page", req, "zone"))
print(h.retry_http_basic_auth("http://nothere/", req, "zone"))

p = ur.ProxyBasicAuthHandler(mgr)
p.add_parent(Parent())
req = ur.Request("http://target/x")
req.timeout = 1
req.set_proxy("h", "http")
print(p.http_error_407(req, None, 407, "Proxy Auth", headers('Basic realm="other"', name="Proxy-Authenticate")))
print(p.http_error_407(req, None, 407, "Proxy Auth", headers()))
print(ur.AbstractBasicAuthHandler.rx.pattern)
