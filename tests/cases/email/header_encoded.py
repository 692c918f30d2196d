# email.header: decode_header, make_header, Header str/encode/append.
from email.header import Header, decode_header, make_header
from email import errors
from email.charset import Charset

SAMPLES = [
    "plain text",
    "=?utf-8?q?caf=C3=A9?=",
    "=?UTF-8?B?Y2Fmw6k=?=",
    "=?iso-8859-1?q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>",
    "=?iso-8859-1?q?a?= =?iso-8859-1?q?b?=",
    "=?iso-8859-1?q?a?=  =?utf-8?q?b?= tail",
    "start =?utf-8?b?w6k?= end",
    "=?utf-8?q?under_score?=\n =?utf-8?q?second?=",
    "=?utf-8?x?bad?=",
    "=?us-ascii?q?x?=text",
    "  lead =?utf-8?q?x?=",
]
for s in SAMPLES:
    print(repr(s), decode_header(s))
try:
    decode_header("=?utf-8?b?a?=")
except errors.HeaderParseError as e:
    print("HeaderParseError", e)

h = make_header(decode_header("=?iso-8859-1?q?Andr=E9?= Pirard <p@x.be>"))
print(str(h), repr(h.encode()))
print(h == "Andr\u00e9 Pirard <p@x.be>")

h = Header("Hello", "us-ascii")
h.append(" World")
h.append("caf\u00e9", "utf-8")
h.append(b"na\xefve", "iso-8859-1")
h.append(" end")
print(str(h))
print(h.encode())
print(decode_header(h))

for text, cs in [("\u00e9" * 60, "utf-8"), ("x" * 100, "us-ascii"),
                 ("caf\u00e9 " * 20, "iso-8859-1"), ("\u4e2d\u6587" * 30, "utf-8"),
                 ("\u00e9t\u00e9 " * 12, "utf-8")]:
    h = Header(text, cs, header_name="Subject")
    print(cs, h.encode())
    print(h.encode(maxlinelen=40, linesep="\r\n"))

h = Header("needs utf8 \u00e9")
print(h._chunks[0][1], h.encode())
try:
    Header("\u00e9", "iso-8859-1").append("\u4e2d", "iso-8859-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.encoding)
try:
    Header(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
print(str(Header(b"\xff", "utf-8", errors="replace")))

long = ("This is a long header value with semicolons; and commas, that will be "
        "split at the preferred places; hopefully; more text here, and more")
for split in (";, \t", " ", ",", ""):
    print(repr(split), repr(Header(long, header_name="X-Test").encode(splitchars=split)))
print(repr(Header("a\nb: c", header_name="X").encode()) if False else "skip")
try:
    Header("line1\nX-Injected: yes").encode()
except errors.HeaderParseError as e:
    print("HeaderParseError", e)
print(repr(Header("line1\n continued\n\tthird").encode()))
print(repr(Header("tab\tseparated\twords " * 8, header_name="X-Tabs").encode()))
print(repr(Header("", "utf-8").encode()), repr(str(Header())))
print(repr(Header("x", continuation_ws="\t", maxlinelen=5).encode()))
h = Header(maxlinelen=30, header_name="Subject", continuation_ws="\t")
h.append("first part")
h.append("\u00fcber", "iso-8859-1")
h.append("second part here")
print(repr(h.encode()))
print(repr(str(h)))
h = Header("\udcff\udcfe bytes", "unknown-8bit")
print(repr(str(h)), repr(h.encode()))
print(make_header([(b"caf\xc3\xa9", "utf-8"), (b"plain", None), (b"x", Charset("iso-8859-1"))]).encode())
