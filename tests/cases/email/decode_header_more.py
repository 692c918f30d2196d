# More RFC 2047 words: charsets, languages, bad words, Header
# objects mixing charsets, round trips through make_header.
from email.header import decode_header, make_header, Header
from email import errors

for s in ["=?UTF-8?Q?a=20b?=", "=?utf-8*en?q?lang?=", "=?ISO-8859-2?B?UOlzdA==?=",
          "=?utf-8?q?one?==?utf-8?q?two?=", "=?utf-8?q??=", "=?utf-8?b??=", "a =?utf-8?q?b?= c =?utf-8?q?d?=",
          "=?koi8-r?b?8NLJ18XU?= world", "=?utf-8?q?tab=09here?=", "=?us-ascii?q?plain?=",
          "no encoded words at all", "=?bogus?q?x?=", "line1 =?utf-8?q?x?=\r\n line2", "=?utf-8?B?w6k?="]:
    try:
        parts = decode_header(s)
        print(repr(s), parts)
        print("   ", repr(str(make_header(parts))))
    except (errors.HeaderParseError, LookupError) as e:
        print(repr(s), type(e).__name__, e)

h = Header()
h.append("Hello", "us-ascii")
h.append("W\u00f6rld", "iso-8859-1")
h.append("\u4e16\u754c", "utf-8")
h.append("!", "us-ascii")
print(repr(str(h)), repr(h.encode()))
print(decode_header(h))
print(repr(str(make_header(decode_header(h.encode())))))
print(h == "Hello W\u00f6rld \u4e16\u754c !", h != "x")
h2 = Header("x", "utf-8", maxlinelen=20, header_name="Subject")
h2.append(" more ascii text that wraps around", "us-ascii")
print(repr(h2.encode()))
print(repr(Header("(paren) \\ text", "utf-8").encode()))
print(repr(str(Header(b"bytes value", "us-ascii"))))
