# get_payload(decode=True) for each transfer encoding, set_payload/set_charset.
import email
from email.message import Message
from email.charset import Charset


def part(cte, body, ctype="text/plain"):
    text = "Content-Type: %s\n" % ctype
    if cte is not None:
        text += "Content-Transfer-Encoding: %s\n" % cte
    return email.message_from_string(text + "\n" + body)


CASES = [
    ("base64", "aGVsbG8gd29ybGQ=\n"),
    ("BASE64", "aGVs\nbG8g\nd29y\nbGQ=\n"),
    ("base64", "aGVsbG8gd29ybGQ\n"),
    ("base64", "aGVs*bG8gd29ybGQ=\n"),
    ("base64", "aGVs*bG8gd29ybG\n"),
    ("base64", "aGVsb\n"),
    ("base64", ""),
    ("quoted-printable", "caf=C3=A9 soft=\nbreak=3D=\n"),
    ("Quoted-Printable ", "trailing =\n spaces   \nbad =ZZ escape\n"),
    ("x-uuencode", "begin 644 f.txt\n+:&5L;&\\@=V]R;&0*\n`\nend\n"),
    ("uuencode", "no begin line\n"),
    ("uue", "begin 644 f\n#86)C\n"),
    ("x-uue", "begin 644 f\n%86)C9&5G:&EJ\nend\n"),
    ("uuencode", "begin abc f\nbegin 600 g\n#86)C\nend\n"),
    ("7bit", "just text\n"),
    (None, "no cte\n"),
    ("8bit", "caf\u00e9\n"),
]
for cte, body in CASES:
    m = part(cte, body)
    print(repr(cte), repr(m.get_payload(decode=True)), [type(d).__name__ for d in m.defects])
    print("   ", repr(m.get_payload()))

b = email.message_from_bytes(b"Content-Type: text/plain; charset=latin-1\n\ncaf\xe9\n")
print(repr(b.get_payload()), repr(b.get_payload(decode=True)))
b = email.message_from_bytes(b"Content-Type: text/plain; charset=bogus\n\ncaf\xe9\n")
print(repr(b.get_payload()), repr(b.get_payload(decode=True)))
b = email.message_from_bytes(b"Content-Type: text/plain; charset=latin-1\nContent-Transfer-Encoding: base64\n\nY2Fm6Q==\n")
print(repr(b.get_payload(decode=True)))

m = Message()
m.set_payload("hello")
print(m.items(), repr(m.get_payload()))
for cs in ("utf-8", "iso-8859-1", "us-ascii", Charset("koi8-r")):
    m = Message()
    m.set_payload("caf\u00e9 text\nline two\n" if str(cs) not in ("us-ascii", "euc-jp", "koi8-r") else "plain text\n", cs)
    print(str(cs), m.items(), repr(m.get_payload()), repr(m.get_payload(decode=True)))
    print("   ", repr(m.as_string()))
m = Message()
m["Content-Type"] = "text/html"
m.set_payload("x", "utf-8")
print(m.items(), m.get_charset(), type(m.get_charset()).__name__)
m.set_charset(None)
print(m.items(), m.get_charset())
m = Message()
m.set_payload(b"raw \xff bytes")
print(repr(m.get_payload()), repr(m.get_payload(decode=True)))
m = Message()
m["Content-Transfer-Encoding"] = "quoted-printable"
m.set_payload("\u00e9t\u00e9", "utf-8")
print(m.items(), repr(m.get_payload()))
m = Message()
m.attach(Message())
try:
    m.set_payload("x")
    m.attach(Message())
except TypeError as e:
    print("TypeError", e)
mp = Message()
mp.attach(Message())
print(mp.is_multipart(), mp.get_payload(decode=True), len(mp.get_payload()))
