# cwd: tmp
# urlopen on file: URLs, pathname2url / url2pathname, urlretrieve
import os
import urllib.request as ur
from urllib.error import URLError

with open("a file.txt", "wb") as f:
    f.write(b"line one\nline two\n")
os.utime("a file.txt", (946684800, 946684800))
with open("page.html", "w") as f:
    f.write("<p>x</p>")
os.utime("page.html", (946684800, 946684800))
here = os.getcwd()

url = ur.pathname2url(os.path.join(here, "a file.txt"), add_scheme=True)
print(url.replace(ur.pathname2url(here), "<HERE>"))
with ur.urlopen(url) as f:
    print(f.read(), f.status, f.headers.items(), f.url == url)
with ur.urlopen("file://localhost" + ur.pathname2url(os.path.join(here, "page.html"))) as f:
    print(f.readline(), f.info()["Content-type"], f.headers["content-length"], f.getcode())
with ur.urlopen(ur.Request("file:" + ur.pathname2url(os.path.join(here, "a file.txt")))) as f:
    print(f.readlines())

for bad in ("file://" + ur.pathname2url(here) + "/missing.txt",
            "file://example.invalid/x"):
    try:
        ur.urlopen(bad)
    except URLError as e:
        print("URLError", type(e.reason).__name__, str(e).replace(here, "<HERE>"), getattr(e, "filename", "-") is not None)

print(ur.pathname2url("/a b/c%d/é/x?y#z"), ur.pathname2url("rel/path"), ur.pathname2url(""))
print(ur.pathname2url("/x", add_scheme=True), ur.pathname2url("//host/share"), ur.pathname2url("///x"))
print(ur.url2pathname("/a%20b/c%25d/%C3%A9"), ur.url2pathname("//localhost/etc/hosts"),
      ur.url2pathname("///x?q#f"), ur.url2pathname("rel%2Fpath"))
print(ur.url2pathname("file:///tmp/x", require_scheme=True), repr(ur.url2pathname("")))
for bad in (lambda: ur.url2pathname("/x", require_scheme=True),
            lambda: ur.url2pathname("http://h/x", require_scheme=True),
            lambda: ur.url2pathname("//example.invalid/x")):
    try:
        bad()
    except URLError as e:
        print("URLError", e)

name, headers = ur.urlretrieve(url)
print(name == os.path.join(here, "a file.txt"), headers["Content-length"])
seen = []
name, headers = ur.urlretrieve(url, "copy.txt", lambda *a: seen.append(a))
print(name, seen, open("copy.txt", "rb").read())
name, headers = ur.urlretrieve("data:,hello")
print(open(name, "rb").read(), name in ur._url_tempfiles, os.path.exists(name))
ur.urlcleanup()
print(os.path.exists(name), ur._url_tempfiles)
