# lib: fakehttp
# HTTPConnection: invalid hosts, ports, URLs, methods and headers; states
import http.client
import fakehttp


def attempt(label, call):
    try:
        result = call()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)


attempt("port", lambda: http.client.HTTPConnection("h:abc"))
attempt("port2", lambda: http.client.HTTPConnection("[::1]:x"))
attempt("ctl host", lambda: http.client.HTTPConnection("h\nost"))
attempt("space host", lambda: http.client.HTTPConnection("h ost"))
attempt("hostport", lambda: http.client.HTTPConnection("h:81").port)
attempt("ipv6", lambda: (http.client.HTTPConnection("[::1]").host, http.client.HTTPConnection("[::1]").port))
attempt("ipv6p", lambda: http.client.HTTPConnection("[::1]:90", 91).port)
attempt("empty", lambda: (http.client.HTTPConnection("").host, http.client.HTTPConnection("").port))

c = fakehttp.FakeConnection("h")
attempt("url ctl", lambda: c.putrequest("GET", "/a b"))
c = fakehttp.FakeConnection("h")
attempt("url nl", lambda: c.putrequest("GET", "/a\r\nX: y"))
c = fakehttp.FakeConnection("h")
attempt("url del", lambda: c.putrequest("GET", "/\x7f"))
c = fakehttp.FakeConnection("h")
attempt("method", lambda: c.putrequest("GE\nT", "/"))
c = fakehttp.FakeConnection("h")
attempt("method tab", lambda: c.putrequest("G\tET", "/"))
c = fakehttp.FakeConnection("h")
attempt("method space", lambda: c.request("GET X", "/") or c.sock.wire())
c = fakehttp.FakeConnection("h")
attempt("non-ascii url", lambda: c.putrequest("GET", "/é"))
c = fakehttp.FakeConnection("h")
c.putrequest("GET", "/")
for name, value in [("X:Y", "v"), (" X", "v"), ("", "v"), ("X\r\nY", "v"), ("X", "a\nb"),
                    ("X", "a\rb"), ("X", "a\r\n"), ("X", "ok\r\n\tfolded"), ("X", "é"),
                    ("X", "\u20ac"), ("é", "v"), ("X", 1.5), ("X", None)]:
    attempt("header %r %r" % (name, value), lambda: c.putheader(name, value))

c = fakehttp.FakeConnection("h")
attempt("header before request", lambda: c.putheader("X", "y"))
attempt("endheaders before request", lambda: c.endheaders())
attempt("getresponse before request", lambda: c.getresponse())
c.putrequest("GET", "/")
attempt("second putrequest", lambda: c.putrequest("GET", "/"))
attempt("getresponse too early", lambda: c.getresponse())
c.endheaders()
attempt("header after end", lambda: c.putheader("X", "y"))
attempt("request while pending", lambda: c.request("GET", "/"))
r = c.getresponse()
attempt("second getresponse", lambda: c.getresponse())
attempt("request while unread", lambda: c.request("GET", "/"))
print(r.read(), r.isclosed())
attempt("request after read", lambda: c.request("GET", "/again") or c.sock.wire()[-60:])

c = fakehttp.FakeConnection("h")
c.auto_open = 0
attempt("not connected", lambda: c.request("GET", "/"))
c = fakehttp.FakeConnection("h")
c.connect()
attempt("send str", lambda: c.send("text"))
attempt("send int", lambda: c.send(5))
attempt("send list", lambda: c.send([b"a", b"b"]) or c.sock.sent)
attempt("body int", lambda: fakehttp.FakeConnection("h").request("POST", "/", 5))
attempt("body str", lambda: fakehttp.FakeConnection("h").request("POST", "/", "\u20ac uro"))
attempt("body long", lambda: fakehttp.FakeConnection("h").request("POST", "/", "abcdefghijklmnopqrstuvwxyz \u0100\u0101\u0102"))
s = c.sock
c.close()
print(c.sock, s.closed)
c.close()
attempt("reopen", lambda: c.request("GET", "/") or c.connects)
print(fakehttp.FakeConnection("h").get_proxy_response_headers())
