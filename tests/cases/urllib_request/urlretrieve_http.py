# lib: httpfork
# urlretrieve over HTTP: report hook, ContentTooShortError, HTTPError
import os
import socket
import tempfile
import http.server
import urllib.request as ur
from urllib.error import ContentTooShortError, HTTPError
import httpfork


class Handler(httpfork.QuietTime, http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/short":
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b"only ten!!")
            return
        if self.path == "/missing":
            self.send_error(404)
            return
        body = bytes(range(256)) * 80
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Type", "application/octet-stream")
        self.end_headers()
        self.wfile.write(body)


port, wait = httpfork.serve(Handler, 4)
base = "http://127.0.0.1:%d" % port
target = os.path.join(tempfile.mkdtemp(), "out.bin")
calls = []
name, headers = ur.urlretrieve(base + "/data", target, lambda *a: calls.append(a))
print(name == target, headers["Content-Length"], os.path.getsize(target), calls)
with open(target, "rb") as f:
    print(f.read(300)[250:260])
try:
    ur.urlretrieve(base + "/short", target)
except ContentTooShortError as e:
    print("ContentTooShortError", e, e.content[0] == target, e.content[1]["Content-Length"])
print(open(target, "rb").read())
try:
    ur.urlretrieve(base + "/missing", target)
except HTTPError as e:
    print("HTTPError", e.code, e.reason)
name, headers = ur.urlretrieve(base + "/data")
print(os.path.getsize(name), name in ur._url_tempfiles)
ur.urlcleanup()
print(os.path.exists(name), ur._url_tempfiles)
os.remove(target)
os.rmdir(os.path.dirname(target))
print("child", wait())
