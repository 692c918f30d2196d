# AbstractHTTPHandler.do_request_: the headers it adds before sending
import io
import urllib.request as ur
from urllib.error import URLError

opener = ur.OpenerDirector()
h = ur.HTTPHandler()
opener.add_handler(h)
print(h._debuglevel, ur.HTTPHandler(debuglevel=2)._debuglevel)
h.set_http_debuglevel(1)
print(h._debuglevel)
opener.addheaders = [("User-agent", "Tester/1"), ("accept", "*/*"), ("X-Extra", "e")]


def prepare(request):
    try:
        out = h.http_request(request)
    except (URLError, TypeError) as e:
        print(type(e).__name__, e)
        return
    print(out is request, request.header_items(), sorted(request.unredirected_hdrs))


prepare(ur.Request("http://h.example/p"))
prepare(ur.Request("http://h.example:81/p", data=b"abc"))
prepare(ur.Request("http://h.example/p", data=b"", headers={"Content-Type": "text/x", "User-Agent": "Mine"}))
prepare(ur.Request("http://h.example/p", data=[b"a", b"b"]))
prepare(ur.Request("http://h.example/p", data=io.BytesIO(b"file")))
prepare(ur.Request("http://h.example/p", data=b"abc", headers={"Content-length": "9"}))
prepare(ur.Request("http://h.example/p", data=b"abc", headers={"Transfer-encoding": "chunked"}))
prepare(ur.Request("http://h.example/p", data=b"abc", method="GET"))
prepare(ur.Request("http://h.example/p", data=memoryview(b"mv"), method="PUT"))
prepare(ur.Request("http://h.example/p", headers={"Host": "other"}))
prepare(ur.Request("http://h.example/p", data="str data"))
prepare(ur.Request("http:///nohost"))
r = ur.Request("http://h.example/p")
r.set_proxy("proxy:1", "http")
prepare(r)
print(h._get_content_length(ur.Request("http://h/", data=b"12345")),
      h._get_content_length(ur.Request("http://h/")),
      h._get_content_length(ur.Request("http://h/", method="POST")))
try:
    h.do_open(None, ur.Request("http:///x"))
except URLError as e:
    print("URLError", e)
r = ur.Request("http://h/")
r.data = b"123"
prepare(r)
r.data = b"12345"
print(r.has_header("Content-length"))
prepare(r)
