# lib: fakehttp
# set_debuglevel: what HTTPConnection and HTTPResponse print
import io
import fakehttp

fakehttp.FakeConnection.reply = (b"HTTP/1.1 100 Continue\r\nX-Interim: 1\r\n\r\n"
                                 b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-A: 1\r\n\r\nok")
c = fakehttp.FakeConnection("h")
print(c.debuglevel)
c.set_debuglevel(1)
print(c.debuglevel, type(c).debuglevel)
c.request("POST", "/p", io.BytesIO(b"data"))
r = c.getresponse()
print(r.debuglevel, r.read())
c.request("POST", "/p", io.StringIO("text"))
c.getresponse().read()
c.request("POST", "/p", [b"x", b"", b"y"])
c.getresponse().read()
c.request("POST", "/p", [b"x"], headers={"Content-Length": "1"})
c.getresponse().read()
c.set_debuglevel(0)
c.request("GET", "/quiet")
print(c.getresponse().debuglevel)
fakehttp.FakeConnection.reply = b"garbage\r\n"
c = fakehttp.FakeConnection("h")
c.set_debuglevel(2)
c.request("GET", "/")
try:
    c.getresponse()
except Exception as e:
    print(type(e).__name__, e)
