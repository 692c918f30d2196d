# Generator output: round trips, mangle_from_, unixfrom, maxheaderlen,
# linesep, multipart boundaries, as_string/as_bytes/str.
import email
from io import StringIO, BytesIO
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email.message import Message

TEXT = """\
From: a@example.com
To: b@example.com
Subject: A rather long subject line that goes on and on and on so that it must be folded somewhere
X-Long: word1;word2;word3;word4;word5;word6;word7;word8;word9;word10;word11;word12;word13
X-Nospace: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
X-Folded: first line
\tsecond line
Content-Type: multipart/mixed; boundary="==XYZ=="

preamble text
--==XYZ==
Content-Type: text/plain

From here on
>From there
--==XYZ==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

second
--==XYZ==--
epilogue
"""

msg = email.message_from_string(TEXT)
print(msg.as_string() == TEXT)
print(msg.as_string())
print(str(msg) == msg.as_string())
for maxlen in (None, 0, 40, 78, 20):
    out = StringIO()
    Generator(out, maxheaderlen=maxlen).flatten(msg)
    print("maxheaderlen", maxlen)
    print(out.getvalue())
out = StringIO()
Generator(out, mangle_from_=False).flatten(msg, unixfrom=True, linesep="\r\n")
first, rest = out.getvalue().split("\r\n", 1)
print(first[:12], repr(rest[:200]))
print(repr(msg.as_string(maxheaderlen=30)[:400]))
print(repr(msg.as_bytes()[:120]))
print(bytes(msg) == msg.as_bytes())
b = BytesIO()
BytesGenerator(b).flatten(msg, linesep="\r\n")
print(repr(b.getvalue()[-120:]))

m = Message()
m["Subject"] = "no boundary yet"
m["Content-Type"] = "multipart/mixed"
part = Message()
part["Content-Type"] = "text/plain"
part.set_payload("part body\n")
m.attach(part)
m.attach(email.message_from_string("X: y\n\nsecond\n"))
m.preamble = "From the preamble"
m.epilogue = "end"
text = m.as_string()
boundary = m.get_boundary()
print(boundary.startswith("==============="), boundary.endswith("=="), len(boundary))
print(text.replace(boundary, "BOUNDARY"))

e = Message()
print(repr(e.as_string()))
e.set_unixfrom("From someone@example.com Thu Jan  1 00:00:00 1970")
e.set_payload("From the start\nplain\n")
print(repr(e.as_string(unixfrom=True)))
out = StringIO()
Generator(out).flatten(e)
print(repr(out.getvalue()))
out = StringIO()
g = Generator(out, mangle_from_=True, maxheaderlen=0)
g.write("direct ")
g.clone(out).flatten(e)
print(repr(out.getvalue()))

dmsg = email.message_from_string("""\
Content-Type: multipart/mixed; boundary=b

--b
Content-Type: text/plain

text part
--b
Content-Type: image/png; name="pic.png"
Content-Transfer-Encoding: base64
Content-Description: a picture

iVBORw0KGgo=
--b
Content-Type: application/octet-stream

xx
--b--
""")
out = StringIO()
DecodedGenerator(out).flatten(dmsg)
print(out.getvalue())
out = StringIO()
DecodedGenerator(out, fmt="<%(maintype)s|%(subtype)s|%(description)s|%(encoding)s|%(filename)s>").flatten(dmsg)
print(out.getvalue())

bad = Message()
bad.set_payload(b"bytes")
bad._payload = b"raw"
try:
    bad.as_string()
except TypeError as ex:
    print("TypeError", ex)
nl = Message()
nl["X-Bad"] = "line1\nline2"
try:
    nl.as_string()
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    nl["Bad Name"] = "v"
except ValueError as ex:
    print("ValueError", ex)
