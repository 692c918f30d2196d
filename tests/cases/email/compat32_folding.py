# compat32 header folding through Generator: long ASCII headers, headers
# given as Header objects, non-ASCII and binary values, maxheaderlen.
import email
from email.message import Message
from email.header import Header
from email.generator import Generator
from io import StringIO

m = Message()
m["To"] = ", ".join("person%d@example.com" % i for i in range(12))
m["Subject"] = "A long subject " * 8
m["X-Semicolons"] = ";".join("k%d=v%d" % (i, i) for i in range(20))
m["X-Header-Obj"] = Header("caf\u00e9 " * 20, "utf-8", header_name="X-Header-Obj")
m["X-Latin"] = Header("na\u00efve r\u00e9sum\u00e9", "iso-8859-1")
m["X-Mixed"] = Header("ascii part", "us-ascii")
m["X-Unicode-Str"] = "caf\u00e9 is not ascii"
m["X-Leading"] = "   spaced"
m["X-Nofold"] = "a" * 120
m.set_payload("body\n")
for maxlen in (None, 0, 30, 100):
    out = StringIO()
    Generator(out, maxheaderlen=maxlen).flatten(m)
    print(maxlen)
    print(out.getvalue())
h = Header("first", header_name="Subject", continuation_ws="\t")
h.append("second part that is long enough to need folding at some point soon", "us-ascii")
m2 = Message()
m2["Subject"] = h
print(m2.as_string(maxheaderlen=40))
b = email.message_from_bytes(b"Subject: caf\xc3\xa9 binary\nX-Long: " + b"\xe9" * 50 + b"\n\nbody\n")
print(repr(b["subject"]), str(b["subject"]))
print(repr(b.as_string()))
print(repr(b.as_bytes()))
from email._policybase import compat32
print(repr(b.as_bytes(policy=compat32.clone(cte_type="7bit"))))
print(compat32.fold("X", "v"), repr(compat32.fold_binary("X", "caf\udce9")))
print(repr(compat32.clone(max_line_length=None).fold("X", "word " * 30)))
print(repr(compat32.clone(linesep="\r\n").fold("X", "word " * 30)))
print(compat32.header_source_parse(["Name:  value  \r\n", " more\r\n"]))
print(compat32.header_store_parse("N", "v"), compat32.header_fetch_parse("N", "v"))
print(type(compat32.header_fetch_parse("N", "caf\udce9")).__name__)
