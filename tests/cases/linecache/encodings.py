# cwd: tmp
# Source files are decoded as Python decodes source: a BOM, a coding cookie, else UTF-8.
import linecache

with open("latin.py", "wb") as f:
    f.write(b"# -*- coding: latin-1 -*-\nname = '\xe9t\xe9'\n")
with open("cookie2.py", "wb") as f:
    f.write(b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\ns = '\xe0'\n")
with open("bom.py", "wb") as f:
    f.write(b"\xef\xbb\xbfprint('bom')\n")
with open("utf8.py", "wb") as f:
    f.write("s = 'caf\u00e9 \u2603'\n".encode())
with open("bad.py", "wb") as f:
    f.write(b"ok\n\xff\xfe broken\n")
with open("mac.txt", "wb") as f:
    f.write(b"a\rb\r\nc\n")
for name in ("latin.py", "cookie2.py", "bom.py", "utf8.py", "bad.py", "mac.txt"):
    print(name, linecache.getlines(name))
print("bad.py" in linecache.cache)
