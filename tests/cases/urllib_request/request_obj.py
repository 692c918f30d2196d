# urllib.request.Request: URL parts, data, headers, methods, errors
from urllib.request import Request, request_host

r = Request("http://www.Example.com:8080/a/b?q=1#frag")
print(r.full_url, r.get_full_url(), r.type, r.host, r.selector, r.fragment)
print(r.origin_req_host, r.unverifiable, r.data, r.get_method(), r.headers, r.unredirected_hdrs)
print(request_host(r), r.has_proxy(), hasattr(r, "method"), hasattr(r, "timeout"))

r = Request("<URL:http://x.org/p>")
print(r.full_url, r.host, r.selector)
r = Request("http://user:pw@host%41.org/sp ace")
print(r.host, r.selector)
r = Request("http://h", data=b"abc", headers={"content-TYPE": "x/y", "X-a": "1"})
print(r.get_method(), r.data, r.headers, r.header_items())
print(r.has_header("Content-type"), r.has_header("content-type"), r.get_header("X-a"),
      r.get_header("Nope"), r.get_header("Nope", "d"))
r.add_unredirected_header("content-length", "3")
r.add_header("X-a", "2")
print(r.unredirected_hdrs, r.header_items(), r.has_header("Content-length"))
r.data = b"abc"
print(r.has_header("Content-length"))
r.data = b"other"
print(r.has_header("Content-length"), r.data)
del r.data
print(r.data, r.get_method())
r.remove_header("X-a")
r.remove_header("Not-there")
print(r.header_items())

r = Request("http://h/p", method="PUT")
print(r.get_method(), r.method)
r = Request("http://h/p", data=b"", method="")
print(r.get_method())
r = Request("http://h/p", origin_req_host="other.org", unverifiable=True)
print(r.origin_req_host, r.unverifiable)

r.full_url = "ftp://files.example.com/pub/x.txt#top"
print(r.full_url, r.type, r.host, r.selector, r.fragment)
del r.full_url
print(r.full_url, r.fragment, repr(r.selector))

r = Request("http://h/x")
r.set_proxy("proxy:3128", "http")
print(r.host, r.type, r.selector, r.has_proxy(), r.full_url)
r = Request("https://secure/x")
r.set_proxy("proxy:3128", "http")
print(r.host, r.type, r.selector, r._tunnel_host)

r = Request("file:///etc/passwd")
print(r.type, repr(r.host), r.selector)
r = Request("data:,hello")
print(r.type, repr(r.host), r.selector)
r = Request("http://h")
print(repr(r.selector), r.host)
r = Request("HTTP://Upper/x")
print(r.type, r.host)

for bad in ("no-scheme", "/just/a/path", "", "www.example.com"):
    try:
        Request(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    Request(None)
except Exception as e:
    print(type(e).__name__, e)

r = Request("http://h", headers={"Host": "given:81"})
print(request_host(r), r.origin_req_host)
r = Request("http://a.com/x")
r.full_url = "http://b.com/y"
print(r.host, r.origin_req_host)
