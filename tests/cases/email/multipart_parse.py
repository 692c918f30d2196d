# Multipart messages: nested parts, preamble/epilogue, digest defaults,
# message/rfc822 parts, delivery-status blocks.
import email

TEXT = """\
From: a@example.com
Subject: multi
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="OUTER"

This is the preamble.
It has two lines.
--OUTER
Content-Type: text/plain; charset=us-ascii

First part.
--OUTER
Content-Type: multipart/alternative; boundary=INNER

--INNER
Content-Type: text/plain

plain text
--INNER
Content-Type: text/html

<p>html</p>
--INNER--
inner epilogue
--OUTER
Content-Type: message/rfc822

From: inner@example.com
Subject: forwarded

Forwarded body.
--OUTER
Content-Type: multipart/digest; boundary=D

--D

Subject: digest one

one
--D
Content-Type: text/plain

explicit
--D--
--OUTER--
The epilogue.
"""


def show(msg, depth=0):
    pad = "  " * depth
    print(pad + msg.get_content_type(), "default=" + msg.get_default_type(),
          "multipart=%s" % msg.is_multipart())
    print(pad + "preamble", repr(msg.preamble), "epilogue", repr(msg.epilogue))
    print(pad + "defects", [type(d).__name__ for d in msg.defects])
    if msg.is_multipart():
        for part in msg.get_payload():
            show(part, depth + 1)
    else:
        print(pad + "payload", repr(msg.get_payload()))


msg = email.message_from_string(TEXT)
show(msg)
print(msg.get_boundary())
print([p.get_content_type() for p in msg.walk()])
print(msg.get_charsets())
print(msg.get_payload(0).get_payload())
print(type(msg.get_payload(2).get_payload(0)).__name__)
print(msg.get_payload(decode=True))
try:
    msg.get_payload(0).get_payload(0)
except TypeError as e:
    print("TypeError", e)

DS = """\
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; x@example.com
Action: failed
Status: 5.0.0

Final-Recipient: rfc822; y@example.com
Action: delayed
"""
ds = email.message_from_string(DS)
print(len(ds.get_payload()))
for block in ds.get_payload():
    print(block.items(), repr(block.get_payload()))

CRLF = ("Content-Type: multipart/mixed; boundary=b\r\n\r\npre\r\n--b\r\n"
        "X: 1\r\n\r\nbody1\r\n--b\r\n\r\nbody2\r\n--b--\r\npost\r\n")
m = email.message_from_string(CRLF)
show(m)
