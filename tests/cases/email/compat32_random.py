# Seeded random Header folding (compat32), parameter lists and address fields.
import random
from email.header import Header, decode_header
from email.message import Message
from email import utils
rnd = random.Random(3)
WORDS = ["alpha", "beta;", "gamma,", "délta", "日本語", "x" * 25, "tab\t", "=?utf-8?q?x?=", "(c)", "end.", "  ", "ünï"]
CHARSETS = ["us-ascii", "utf-8", "iso-8859-1", None]
for i in range(200):
    h = Header(header_name=rnd.choice(["Subject", "X-Very-Long-Header-Name", None]),
               maxlinelen=rnd.choice([None, 30, 50, 76]), continuation_ws=rnd.choice([" ", "\t"]))
    for _ in range(rnd.randrange(1, 5)):
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(1, 8)))
        cs = rnd.choice(CHARSETS)
        try:
            h.append(text, cs)
        except UnicodeError as e:
            h.append(text, "utf-8")
    try:
        enc = h.encode(splitchars=rnd.choice([";, \t", " ", ",;"]))
        print(i, repr(str(h)), repr(enc))
        print(i, decode_header(enc))
    except Exception as e:
        print(i, type(e).__name__, e)
PARAMS = ['a=1', 'b="q;uoted"', "c*=utf-8''%C3%A9", 'd*0="x"', 'd*1="y"', 'e', 'f=', ' g = spaced ', 'h="unterminated', "i*=bad'x", 'J=Upper']
for i in range(150):
    value = "text/plain; " + "; ".join(rnd.choice(PARAMS) for _ in range(rnd.randrange(0, 6)))
    m = Message()
    m["Content-Type"] = value
    print(i, m.get_params(), m.get_params(unquote=False), m.get_param("d"), m.get_param("c"), m.get_content_charset())
ADDR = ["a@b.com", "Name <n@x.org>", '"Q, N" <q@x>', "(c) x@y", "g: a@b, c@d;", "bad<", "@@", "x@[1.2.3.4]", "<>", "a.b@c"]
for i in range(150):
    fields = [", ".join(rnd.choice(ADDR) for _ in range(rnd.randrange(1, 4))) for _ in range(rnd.randrange(1, 3))]
    print(i, utils.getaddresses(fields), utils.getaddresses(fields, strict=False), utils.parseaddr(fields[0]))
