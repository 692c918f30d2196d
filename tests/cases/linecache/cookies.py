# cwd: tmp
# Where a coding cookie counts, and what a loader's text is split on.
import linecache

sources = {
    "after_code.py": b"x = 1\n# coding: latin-1\n\xe9\n",        # too late: UTF-8, which fails
    "bom_and_latin.py": b"\xef\xbb\xbf# coding: latin-1\n\xe9\n",  # a BOM and another cookie
    "third_line.py": b"#!x\n\n# coding: latin-1\n\xe9\n",          # only lines 1 and 2 count
    "blank_first.py": b"\n# coding: latin-1\n\xe9\n",
    "sig_cookie.py": b"# coding=utf-8-sig\n\xc3\xa9\n",
    "bom_utf8.py": b"\xef\xbb\xbf# coding=utf-8\n\xc3\xa9\n",
    "unknown.py": b"# coding: no-such-codec\nx\n",
    "equals.py": b"# vim: fileencoding=latin_1\n\xe9\n",
    "no_newline.py": b"a\nb",
    "formfeed.txt": "a\x0cb\u2028c\x1d\n".encode(),
}
for name, data in sources.items():
    with open(name, "wb") as f:
        f.write(data)
    print(name, linecache.getlines(name))


class Loader:
    def get_source(self, name):
        return "a\x0cb\u2028c\r\nd\n\ne"


print(linecache.getlines("lazy.py", {"__name__": "lazy", "__loader__": Loader()}))
print(linecache.cache["lazy.py"][:2])
for lineno in (True, False):
    print(repr(linecache.getline("no_newline.py", lineno)))
for lineno in ("1", 1.0):
    try:
        linecache.getline("no_newline.py", lineno)
    except TypeError as e:
        print("TypeError:", e)
