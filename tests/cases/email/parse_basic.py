# Parsing a plain message: headers, lookups, mapping methods, payload.
import email
from email.message import Message
from email.parser import Parser, HeaderParser

TEXT = """\
From nobody Mon Jan  1 00:00:00 2024
Received: from a.example.com
\tby b.example.com; Mon, 1 Jan 2024 10:00:00 +0000
Received: from c.example.com by a.example.com
From: Alice Example <alice@example.com>
To: bob@example.com, "Carol, C." <carol@example.com>
Subject: Hello there
 continued subject
Content-Type: text/plain; charset="ISO-8859-1"; format=flowed
X-Empty:
MIME-Version: 1.0

Hi Bob,

From the desk of Alice.
Bye.
"""

msg = email.message_from_string(TEXT)
print(type(msg).__name__, len(msg))
print(msg.get_unixfrom())
print(msg.keys())
print(msg.values())
print(msg["subject"])
print(repr(msg["X-Empty"]))
print(msg.get("x-missing"), msg.get("x-missing", "dflt"))
print(msg.get_all("received"))
print(msg.get_all("nope"), msg.get_all("nope", []))
print("to" in msg, "TO" in msg, "cc" in msg)
print(list(msg))
print(msg.items()[:2])
print(msg.get_content_type(), msg.get_content_maintype(), msg.get_content_subtype())
print(msg.get_default_type())
print(msg.get_params())
print(msg.get_params(unquote=False))
print(msg.get_param("charset"), msg.get_param("FORMAT"), msg.get_param("nope"))
print(msg.get_content_charset(), msg.get_charsets())
print(msg.is_multipart())
print(repr(msg.get_payload()))
print(msg.defects)
print(msg.get_filename(), msg.get_boundary())
print(msg.get_content_disposition())

msg["X-New"] = "one"
msg["X-New"] = "two"
print(msg.get_all("x-new"))
del msg["x-new"]
print(msg.get_all("x-new"))
del msg["never-there"]
msg.replace_header("SUBJECT", "Replaced")
print(msg.items()[-3:])
print(msg["Subject"])
try:
    msg.replace_header("x-absent", "v")
except KeyError as e:
    print("KeyError", e)

h = HeaderParser().parsestr(TEXT)
print(repr(h.get_payload()[:20]), h.is_multipart())
p = Parser().parsestr("Subject: only headers\n")
print(p.items(), repr(p.get_payload()))
p = Parser().parsestr("")
print(p.items(), repr(p.get_payload()), p.defects)
p = Parser().parsestr("no header line here\n\nbody\n")
print(p.items(), repr(p.get_payload()), [type(d).__name__ for d in p.defects])
p = Parser().parsestr("Subject: crlf\r\nX-A: b\r\n\r\nline1\r\nline2\r\n")
print(p.items(), repr(p.get_payload()))
p = Parser().parsestr("Subject: cr\rX-A: b\r\rbody\r")
print(p.items(), repr(p.get_payload()))
