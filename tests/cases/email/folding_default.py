# Header folding under EmailPolicy: long, non-ASCII, address and parameter headers; refold_source.
from email.message import EmailMessage
from email import policy
import email

SUBJECTS = [
    "short",
    "A fairly long subject line that needs to be folded because it is longer than seventy eight characters",
    "Über lange Betreffzeilen mit Umlauten, die gefaltet werden müssen, weil sie so lang sind, ja wirklich",
    "日本語の件名はとても長いのでエンコードされた単語に分割されなければなりません。さらにもう少し長くします。",
    "mixed ascii and ünïcödé words alternating ascii ünï ascii cödé ascii and more ascii text at the end ok",
    "x" * 100,
    "word " * 30,
    "tab\tseparated\tvalues\tin\ta\tsubject\tline\tthat\tis\tquite\tlong\tindeed\tyes\tvery\tlong",
    "trailing space ",
    "  leading spaces",
    "café",
    "a,b.c:d;e<f>g@h(i)j\"k\"",
    "=?utf-8?q?already_encoded?= text",
    "emoji 😀 in subject 😀😀 with more text to make it longer than the line limit of seventy-eight",
]
for pol in (policy.default, policy.SMTP, policy.default.clone(max_line_length=40), policy.HTTP, policy.SMTPUTF8):
    for s in SUBJECTS:
        m = EmailMessage(policy=pol)
        m["Subject"] = s
        try:
            print(repr(m.as_string()))
        except Exception as e:
            print(type(e).__name__, e)

ADDRS = [
    "Ünïcödé Person <u@example.com>",
    "A Very Long Display Name That Goes On And On <long.address@some.example.com>, second@example.com, Third Person <third@example.com>",
    '"Quoted, Person" <qp@example.com>',
    "Group: one@example.com, two@example.com;",
    "Ünï Group: ü@example.com, Ünï <x@example.com>;",
    "plain@example.com",
    "José Ñúñez <jose@example.com>, Zoë Ångström <zoe@example.com>, Another Long Name <another@example.com>",
]
for a in ADDRS:
    for pol in (policy.default, policy.default.clone(max_line_length=40)):
        m = EmailMessage(policy=pol)
        m["To"] = a
        try:
            print(repr(m.as_string()), m["to"].addresses)
        except Exception as e:
            print(type(e).__name__, e)

CTS = ['text/plain; charset="utf-8"', 'application/octet-stream; name="a very long file name that is really long indeed.bin"',
       'text/plain; title="Ünïcödé title"', 'multipart/mixed; boundary="' + "b" * 80 + '"',
       'text/plain; a=1; b=2; c=3; d=4; e=5; f=6; g=7; h=8; i=9; j=10; k=11; l=12; m=13; n=14']
for ct in CTS:
    m = EmailMessage()
    m["Content-Type"] = ct
    print(repr(m.as_string()), dict(m["content-type"].params))
m = EmailMessage()
m["Content-Disposition"] = 'attachment; filename="' + "ü" * 40 + '.txt"'
print(repr(m.as_string()))

src = ("Subject: " + "long source line " * 6 + "\n"
       "X-Folded: short\n continued\n"
       "X-Utf8: caf\xe9\n"
       "To: a@b.com,\n c@d.com\n\nbody\n")
for pol in (policy.default, policy.default.clone(refold_source="none"), policy.default.clone(refold_source="all")):
    m = email.message_from_string(src, policy=pol)
    print(repr(m.as_string()))
