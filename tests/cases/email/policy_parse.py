# Parsing with policy.default / strict / SMTP: header objects from source,
# defects, round trips, message_factory.
import email
from email import policy, errors
from email.parser import BytesParser, Parser
from email.message import EmailMessage, Message

RAW = b"""\
From: "Smith, John" <john@example.com> (the boss)
To: undisclosed-recipients:;
Cc: a@example.com, =?utf-8?q?Z=C3=B6e?= <z@example.com>
Subject: =?iso-8859-1?q?caf=E9?= =?iso-8859-1?q?_au_lait?=
Date: Wed, 13 Mar 2024 08:09:10 -0500
Message-ID: <123.456@mail.example.com>
Content-Type: multipart/mixed; boundary="==b=="
MIME-Version: 1.0

--==b==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

SGVsbG8gV8O2cmxkCg==
--==b==
Content-Type: application/json
Content-Disposition: attachment; filename*=utf-8''r%C3%A9sum%C3%A9.json

{"a": 1}
--==b==--
"""
m = BytesParser(policy=policy.default).parsebytes(RAW)
print(type(m).__name__, [type(p).__name__ for p in m.walk()])
for name in ("from", "to", "cc", "subject", "date", "message-id", "content-type", "mime-version"):
    h = m[name]
    print(name, repr(str(h)), type(h).__name__, [type(d).__name__ for d in h.defects])
print(m["from"].addresses, m["to"].groups, m["to"].addresses)
print(m["cc"].addresses)
print(m["date"].datetime.isoformat())
body = m.get_body()
print(repr(body.get_content()))
att = list(m.iter_attachments())
print([a.get_filename() for a in att], [a.get_content() for a in att])
print(att[0]["content-disposition"].params)
print(m.as_bytes() == RAW)
print(repr(m.as_string()[:300]))
print(repr(m.as_bytes(policy=policy.SMTP)[:120]))

s = Parser(policy=policy.SMTP).parsestr("Subject: x\n\nbody\n")
print(type(s).__name__, repr(s.as_string()))
c = email.message_from_string("Subject: x\n\nbody\n", policy=policy.compat32)
print(type(c).__name__)
f = email.message_from_string("Subject: x\n\nbody\n", policy=policy.default.clone(message_factory=Message))
print(type(f).__name__, type(f["subject"]).__name__)
try:
    email.message_from_string("Content-Type: multipart/mixed\n\nbody\n", policy=policy.strict)
except errors.MessageDefect as e:
    print("raised", type(e).__name__)
d = email.message_from_string("Content-Type: multipart/mixed\n\nbody\n", policy=policy.default)
print([type(x).__name__ for x in d.defects])
u = email.message_from_bytes(b"Subject: caf\xc3\xa9\nX: \xff\n\nbody \xff\n", policy=policy.default)
print(repr(u["subject"]), repr(u["x"]), [type(x).__name__ for x in u["x"].defects])
print(repr(u.as_bytes()))
print(repr(u.as_string()))
