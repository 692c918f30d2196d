# cwd: tmp
# SimpleHTTPRequestHandler pieces without a network: translate_path,
# guess_type, list_directory, send_head
import io
import os
import sys
import http.server

os.makedirs("root/dir.d/sub")
for name in ("root/a.txt", "root/B.HTML", "root/dir.d/x.tar.gz", "root/dir.d/<odd> & \"name\".txt",
             "root/dir.d/file.unknownext", "root/dir.d/Upper.PY"):
    with open(name, "w") as f:
        f.write("x")
os.symlink("sub", "root/dir.d/link")


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, directory=None):
        # No socket: what the methods use.
        self.directory = os.fspath(directory if directory is not None else os.getcwd())
        self.client_address = ("127.0.0.1", 1)
        self.request_version = "HTTP/1.0"
        self.requestline = "GET / HTTP/1.0"
        self.command = "GET"
        self.headers = {}
        self.wfile = io.BytesIO()

    def log_message(self, *args):
        pass


root = os.path.abspath("root")
h = Handler(root)
for path in ["/", "/a.txt", "/a.txt?x=1#f", "/dir.d/sub/", "/../../etc/passwd", "/dir.d/../a.txt",
             "/%2e%2e/a.txt", "//a.txt", "/dir.d/x.tar.gz", "/a%20b.txt", "/dir.d/./sub/../x",
             "/c:/windows", "/x\\y", "", "/%E9t%E9", "/%ff"]:
    print(repr(path), repr(os.path.relpath(h.translate_path(path), root)),
          h.translate_path(path).endswith("/"))
for path in ["a.txt", "B.HTML", "x.tar.gz", "x.gz", "x.Z", "x.bz2", "x.xz", "x.XZ", "noext", "x.unknownext",
             "x.py", "x.json", "x.svg", "x.JPG", "dir/", "x.tar"]:
    print(path, h.guess_type(path))
Handler.extensions_map = dict(Handler.extensions_map, **{".txt": "text/custom", "": "application/x-none"})
print(h.guess_type("n.txt"), h.guess_type("n.TXT"), h.guess_type("noext"))
del Handler.extensions_map

h.path = "/dir.d/"
f = h.list_directory(os.path.join(root, "dir.d"))
page = f.read().decode()
print(page)
print([line for line in h.wfile.getvalue().split(b"\r\n") if not line.startswith((b"Date", b"Server"))])
h.wfile = io.BytesIO()
h.path = "/missing%3Cdir%3E/?q=<x>"
print(h.list_directory(os.path.join(root, "missing")), h.wfile.getvalue().split(b"\r\n")[0])
for path in ["/dir.d", "/dir.d?k=v", "/dir.d/sub", "/dir.d/sub/", "/nope.txt", "/a.txt/"]:
    h.wfile = io.BytesIO()
    h.path = path
    result = h.send_head()
    head = [line for line in h.wfile.getvalue().split(b"\r\n") if not line.startswith((b"Date", b"Server", b"Last-Modified"))]
    print(path, type(result).__name__, head[:4])
    if result:
        result.close()
print(Handler(None).directory == os.getcwd(), http.server.SimpleHTTPRequestHandler._encodings_map_default is http.server.SimpleHTTPRequestHandler.extensions_map)
