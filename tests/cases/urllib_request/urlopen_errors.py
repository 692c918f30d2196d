# urlopen and Request on bad input: unknown schemes, missing hosts, bad
# types, data: errors, a closed port, context
import socket
import urllib.request as ur
from urllib.error import URLError


def attempt(label, call):
    try:
        result = call()
    except URLError as e:
        print(label, type(e).__name__, e, "| reason:", type(e.reason).__name__, e.reason)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)


attempt("scheme", lambda: ur.urlopen("gopher://example/"))
attempt("empty host", lambda: ur.urlopen("http:///path"))
attempt("relative", lambda: ur.urlopen("/just/a/path"))
attempt("no scheme", lambda: ur.urlopen("example.com"))
attempt("bytes url", lambda: ur.urlopen(b"http://x/"))
attempt("none url", lambda: ur.urlopen(None))
attempt("str data", lambda: ur.urlopen("http://127.0.0.1:1/", data="text"))
attempt("int data", lambda: ur.Request("http://h/", data=5).get_method())
attempt("data no comma", lambda: ur.urlopen("data:text/plain"))
attempt("bad base64", lambda: ur.urlopen("data:;base64,=").read())
attempt("empty data", lambda: ur.urlopen("data:,").read())

s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
attempt("refused", lambda: ur.urlopen("http://127.0.0.1:%d/" % port, timeout=5))
attempt("refused req", lambda: ur.urlopen(ur.Request("http://127.0.0.1:%d/" % port, data=b"x")))
attempt("bad port", lambda: ur.urlopen("http://127.0.0.1:notaport/"))
attempt("ctl in url", lambda: ur.urlopen("http://127.0.0.1:%d/a b" % port))
opener = ur.OpenerDirector()
attempt("empty opener", lambda: opener.open("http://x/"))
opener.add_handler(ur.UnknownHandler())
attempt("unknown only", lambda: opener.open("http://x/"))
