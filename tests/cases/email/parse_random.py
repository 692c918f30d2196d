# Seeded random line soups parsed under compat32 and policy.default: structure, defects, output.
import random
import email
from email import policy
rnd = random.Random(5)
LINES = ["Subject: s\n", "X-A: 1\n", " continued\n", "\n", "--B\n", "--B--\n", "--B \n", "--C\n", "--C--\n",
         "Content-Type: multipart/mixed; boundary=B\n", "Content-Type: multipart/alternative; boundary=C\n",
         "Content-Type: message/rfc822\n", "Content-Type: text/plain\n", "body text\n", "From x\n",
         "no colon line\n", ": empty name\n", "Content-Transfer-Encoding: base64\n", "aGVsbG8=\n", "\r\n", "line\r"]
for i in range(250):
    text = "".join(rnd.choice(LINES) for _ in range(rnd.randrange(0, 20)))
    for pol in (policy.compat32, policy.default):
        try:
            m = email.message_from_string(text, policy=pol)
            out = []
            for p in m.walk():
                out.append((p.get_content_type(), len(p.defects), [type(d).__name__ for d in p.defects],
                            p.preamble, p.epilogue, None if p.is_multipart() else p.get_payload()))
            print(i, out)
            print(i, repr(m.as_string()))
        except Exception as e:
            print(i, type(e).__name__, e)
