# http.client: exception classes, their texts, bad status lines
import http.client
import io


class FakeSocket:
    def __init__(self, data):
        self.data = data

    def makefile(self, mode, *args):
        return io.BufferedReader(io.BytesIO(self.data))


def begin(data):
    r = http.client.HTTPResponse(FakeSocket(data))
    try:
        r.begin()
    except Exception as e:
        print(type(e).__name__, repr(e), e.args, getattr(e, "line", "-"), r.isclosed())
    else:
        print("ok", r.status, repr(r.reason), r.version)


begin(b"")
begin(b"garbage\r\n")
begin(b"HTTP/1.1\r\n")
begin(b"HTTP/1.1 abc OK\r\n\r\n")
begin(b"HTTP/1.1 99 Low\r\n\r\n")
begin(b"HTTP/1.1 1000 High\r\n\r\n")
begin(b"HTTP/1.1 -200 Neg\r\n\r\n")
begin(b"ICY 200 OK\r\n\r\n")
begin(b"HTTP/2.0 200 OK\r\n\r\n")
begin(b"HTTP/ 200 OK\r\n\r\n")
begin(b"HTTP/1.1 200 OK")
begin(b"\r\n")
begin(b"HTTP/1.1 " + b"2" * 70000 + b"\r\n")
begin(b"HTTP/1.1 200 OK\r\nX: " + b"y" * 70000 + b"\r\n\r\n")
begin(b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 101 + b"\r\n")
begin(b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 99 + b"\r\n")
begin(b"HTTP/1.1 100 Continue\r\n\r\n" * 101)
begin(b"HTTP/1.1 100 Continue\r\n\r\n" * 3)
begin(b"HTTP/1.1 200 \xe9t\xe9\r\n\r\n")

print([n for n in http.client.__all__ if n != "HTTPSConnection"])  # no ssl in cipy
names = ["HTTPException", "NotConnected", "InvalidURL", "UnknownProtocol",
         "UnknownTransferEncoding", "UnimplementedFileMode", "IncompleteRead",
         "ImproperConnectionState", "CannotSendRequest", "CannotSendHeader",
         "ResponseNotReady", "BadStatusLine", "LineTooLong", "RemoteDisconnected"]
for name in names:
    cls = getattr(http.client, name)
    print(name, [c.__name__ for c in cls.__mro__])
print(http.client.error is http.client.HTTPException)

e = http.client.RemoteDisconnected("gone")
print(repr(e), str(e), e.args, repr(e.line), e.errno, isinstance(e, ConnectionResetError))
e = http.client.RemoteDisconnected(104, "reset")
print(repr(e), str(e), e.args, e.errno, e.strerror)
e = http.client.RemoteDisconnected()
print(repr(e), str(e), e.args)
e = http.client.BadStatusLine("")
print(repr(e), e.args, e.line)
e = http.client.BadStatusLine(b"")
print(repr(e), e.args, e.line)
e = http.client.BadStatusLine("xx")
print(repr(e), str(e), e.line)
e = http.client.LineTooLong("header line")
print(repr(e), str(e), e.args)
e = http.client.UnknownProtocol("HTTP/3")
print(repr(e), str(e), e.version)
print(repr(http.client.CannotSendRequest("Idle")), repr(http.client.NotConnected()))
print(http.client.HTTP_PORT, http.client.HTTPS_PORT, http.client.OK, repr(http.client.NOT_FOUND))
print(http.client.REQUEST_ENTITY_TOO_LARGE, http.client.IM_A_TEAPOT)
print(len(http.client.responses), http.client.responses[200], http.client.responses[418])
print(sorted(http.client.responses.items())[:5])

# parse_headers on its own
fp = io.BytesIO(b"Host: example\r\nX-Multi: a\r\nX-Multi: b\r\n\r\nbody")
m = http.client.parse_headers(fp)
print(type(m).__name__, m.items(), m["host"], m.get_all("x-multi"), fp.read())
fp = io.BytesIO(b"A: 1\nB: 2\n\nrest")
m = http.client.parse_headers(fp)
print(m.items(), fp.read())
fp = io.BytesIO(b"A: 1\r\n")
print(http.client.parse_headers(fp).items())


class Mine(http.client.HTTPMessage):
    pass


print(type(http.client.parse_headers(io.BytesIO(b"A: 1\r\n\r\n"), _class=Mine)).__name__)
try:
    http.client.parse_headers(io.BytesIO(b"A: 1\r\n" * 101))
except http.client.HTTPException as e:
    print(type(e).__name__, e)
