# Messages whose payload charset is set: headers added, bodies encoded,
# written out; get_charsets over a tree.
import email
from email.message import Message
from email.charset import Charset, add_charset, QP, BASE64

for cs, text in [("us-ascii", "plain\n"), ("iso-8859-1", "na\u00efve\n"), ("iso-8859-15", "\u20ac uro\n"),
                 ("utf-8", "\u4e2d\u6587\n"), ("koi8-r", "\u043f\u0440\u0438\u0432\u0435\u0442\n"),
                 ("windows-1252", "quote \u201cthis\u201d\n"), ("big5", "\u4e2d\n"), ("gb2312", "\u4e2d\n")]:
    m = Message()
    m["Subject"] = "charset " + cs
    m.set_payload(text, cs)
    print(cs, repr(m.as_string()))
    print("  ", repr(m.get_payload(decode=True)), m.get_content_charset(), str(m.get_charset()))
    back = email.message_from_string(m.as_string())
    print("  ", repr(back.get_payload(decode=True).decode(cs)))
m = Message()
m.set_payload("text")
m.set_charset("utf-8")
print(m.items())
m.set_charset("iso-8859-1")
print(m.items())
m = Message()
m["Content-Transfer-Encoding"] = "8bit"
m.set_payload("caf\u00e9", Charset("utf-8"))
print(m.items(), repr(m.get_payload()))
add_charset("latin_1", QP, QP, None)
m = Message()
m.set_payload("ab=c \u00e9\n", "latin_1")
print(m.items(), repr(m.get_payload()))
try:
    Message().set_payload("x", "no-such-codec")
except LookupError as e:
    print("LookupError", e)
tree = email.message_from_string("""\
Content-Type: multipart/mixed; boundary=b

--b
Content-Type: text/plain; charset=UTF-8

a
--b
Content-Type: text/plain

b
--b
Content-Type: text/plain; charset*=utf-8''ISO-8859-2

c
--b--
""")
print(tree.get_charsets(), tree.get_charsets("dflt"))
