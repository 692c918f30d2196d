# Generators with policies: linesep, verify_generated_headers, 7bit
# transfer of 8-bit bodies, policy overriding the message's.
import email
from io import StringIO, BytesIO
from email import policy, errors
from email.generator import Generator, BytesGenerator
from email.message import EmailMessage, Message
from email._policybase import compat32

m = EmailMessage()
m["Subject"] = "caf\u00e9 time"
m["To"] = "a@example.com"
m.set_content("Gr\u00fc\u00dfe!\n")
for pol in (None, policy.SMTP, policy.SMTPUTF8, policy.HTTP, compat32, policy.default.clone(cte_type="7bit")):
    out = BytesIO()
    BytesGenerator(out, policy=pol).flatten(m)
    print(repr(out.getvalue()))
    s = StringIO()
    Generator(s, policy=pol).flatten(m)
    print(repr(s.getvalue()))
s = StringIO()
Generator(s).flatten(m, linesep="\r\n")
print(repr(s.getvalue()))


class EvilHeader(str):
    name = "X-Evil"

    def fold(self, *, policy):
        return "X-Evil: one\nInjected: two" + policy.linesep


class NoEnd(str):
    name = "X-NoEnd"

    def fold(self, *, policy):
        return "X-NoEnd: value"


for cls in (EvilHeader, NoEnd):
    e = EmailMessage()
    e[cls.name] = cls("v")
    try:
        e.as_string()
    except errors.HeaderWriteError as ex:
        print("HeaderWriteError", ex)
    try:
        e.as_bytes()
    except errors.HeaderWriteError as ex:
        print("HeaderWriteError", ex)
    print(repr(e.as_string(policy=e.policy.clone(verify_generated_headers=False))))

b = email.message_from_bytes(b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nGr\xc3\xbc\xc3\x9fe\n")
for pol in (compat32, compat32.clone(cte_type="7bit")):
    out = BytesIO()
    BytesGenerator(out, policy=pol).flatten(b)
    print(repr(out.getvalue()))
print(repr(b.as_string()))
nb = email.message_from_bytes(b"Content-Type: text/plain\n\nbytes \xff here\nFrom me\n")
out = BytesIO()
BytesGenerator(out, mangle_from_=True).flatten(nb)
print(repr(out.getvalue()))
print(repr(nb.as_string()))
