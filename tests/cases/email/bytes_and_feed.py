# BytesParser/BytesGenerator with non-ASCII bytes, FeedParser fed in pieces,
# message factories, files.
# cwd: tmp
import email
from io import BytesIO, StringIO
from email.feedparser import FeedParser, BytesFeedParser
from email.parser import BytesParser, BytesHeaderParser, Parser
from email.generator import BytesGenerator, Generator
from email.message import Message
from email._policybase import compat32

RAW = (b"From: J\xc3\xb6rg <j@example.com>\r\n"
       b"Subject: caf\xc3\xa9 menu\r\n"
       b"Content-Type: text/plain; charset=utf-8\r\n"
       b"Content-Transfer-Encoding: 8bit\r\n\r\n"
       b"Grr\xc3\xbc\xc3\x9fe aus K\xc3\xb6ln\r\nFrom the team\r\n")
msg = BytesParser().parsebytes(RAW)
print(repr(msg["subject"]), type(msg["subject"]).__name__)
print(str(msg["subject"]))
print(repr(msg.get_payload()))
print(repr(msg.get_payload(decode=True)))
print(msg.as_bytes() == RAW.replace(b"\r\n", b"\n"))
print(repr(msg.as_bytes()))
print(repr(msg.as_string()))
out = BytesIO()
BytesGenerator(out, policy=compat32.clone(cte_type="7bit")).flatten(msg)
print(repr(out.getvalue()))
out = BytesIO()
BytesGenerator(out, mangle_from_=True).flatten(msg, linesep="\r\n")
print(out.getvalue() == RAW, repr(out.getvalue()[-40:]))
h = BytesHeaderParser().parsebytes(RAW)
print(repr(h.get_payload()))
print(BytesParser().parse(BytesIO(RAW)).keys())

with open("msg.eml", "wb") as f:
    f.write(RAW)
with open("msg.eml", "rb") as f:
    print(email.message_from_binary_file(f)["from"].__class__.__name__)
with open("msg.eml", encoding="utf-8") as f:
    print(email.message_from_file(f)["subject"])
print(email.message_from_bytes(RAW).get_content_charset())

TEXT = ("Subject: pieces\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n"
        "--zz\r\n\r\none\r\n--zz\r\n\r\ntwo\r\n--zz--\r\n")
for size in (1, 2, 3, 7, 1000):
    fp = FeedParser()
    for i in range(0, len(TEXT), size):
        fp.feed(TEXT[i:i + size])
    m = fp.close()
    print(size, [repr(p.get_payload()) for p in m.get_payload()], repr(m.epilogue))
bfp = BytesFeedParser()
bfp.feed(RAW[:10])
bfp.feed(RAW[10:])
print(bfp.close()["Content-Type"])


class MyMessage(Message):
    pass


class OldStyle(Message):
    def __init__(self):
        Message.__init__(self)
        self.old = True


m = email.message_from_string(TEXT, MyMessage)
print(type(m).__name__, [type(p).__name__ for p in m.walk()])
m = email.message_from_string(TEXT, _class=OldStyle)
print(type(m).__name__, [getattr(p, "old", None) for p in m.walk()])
m = Parser(policy=compat32.clone(message_factory=MyMessage)).parsestr(TEXT)
print([type(p).__name__ for p in m.walk()])
m = Parser().parse(StringIO(TEXT), headersonly=True)
print(m.is_multipart(), repr(m.get_payload()[:10]), m.defects)
print(FeedParser()._factory.__name__)
fp = FeedParser()
print(fp.close().items())
