# MIMEPart multipart helpers: make_*/add_*, get_body, iter_attachments,
# iter_parts, clear, clear_content, is_attachment.
from email.message import EmailMessage, MIMEPart
from email import policy
import email


def types(m):
    return [p.get_content_type() for p in m.walk()]


m = EmailMessage()
m["Subject"] = "helpers"
m.set_content("plain body\n")
m.add_alternative("<p>html</p>\n", subtype="html")
print(types(m))
m.add_attachment(b"PDF", "application", "pdf", filename="doc.pdf")
m.add_attachment("notes\n", filename="notes.txt")
print(types(m))
print(m.get_body().get_content_type(), m.get_body(("plain",)).get_content_type(),
      m.get_body(("html", "plain")).get_content_type(), m.get_body(("nope",)))
print([p.get_content_type() for p in m.iter_attachments()])
print([p.get_content_type() for p in m.iter_parts()])
print([p.is_attachment() for p in m.walk()])
for bad in ("make_alternative", "make_related"):
    try:
        getattr(m, bad)()
    except ValueError as e:
        print("ValueError", e)
try:
    m.make_mixed()
except ValueError as e:
    print("ValueError", e)

r = EmailMessage()
r.make_related(boundary="REL")
print(r["content-type"], r.get_payload())
r2 = EmailMessage()
r2["X-Keep"] = "1"
r2.set_content("x\n")
r2.make_alternative(boundary="ALT")
print(r2.items(), types(r2))
print(r2.get_payload(0).items())

RELATED = """\
Content-Type: multipart/related; boundary=R; start="<second>"

--R
Content-Type: text/html
Content-ID: <first>

first
--R
Content-Type: text/plain
Content-ID: <second>

second
--R
Content-Type: image/png
Content-ID: <third>

third
--R--
"""
rel = email.message_from_string(RELATED, policy=policy.default)
print(rel.get_body().get_content_type(), rel.get_body(("plain", "html")).get_content().strip(), rel.get_body(("html",)))
print([p["content-id"] for p in rel.iter_attachments()])
rel2 = email.message_from_string(RELATED.replace('start="<second>"', 'start="<none>"'), policy=policy.default)
print([p["content-id"] for p in rel2.iter_attachments()], rel2.get_body(("html", "plain")).get_content().strip())
rel3 = email.message_from_string(RELATED.replace('; start="<second>"', ''), policy=policy.default)
print([p["content-id"] for p in rel3.iter_attachments()])

MIXED = """\
Content-Type: multipart/mixed; boundary=M

--M
Content-Type: text/plain
Content-Disposition: attachment

attached text
--M
Content-Type: text/plain

real body
--M
Content-Type: text/plain

second plain
--M
Content-Type: multipart/alternative; boundary=A

--A
Content-Type: text/plain

alt plain
--A
Content-Type: text/html

alt html
--A--
--M--
"""
mx = email.message_from_string(MIXED, policy=policy.default)
print(mx.get_body().get_content().strip(), mx.get_body(("plain",)).get_content().strip())
print([p.get_content().strip() if not p.is_multipart() else "multi" for p in mx.iter_attachments()])
alt = mx.get_payload(3)
print(list(alt.iter_attachments()), list(alt.get_payload(0).iter_attachments()), list(alt.get_payload(0).iter_parts()))

c = EmailMessage()
c["Subject"] = "s"
c["Content-Type"] = "text/plain"
c["Content-Language"] = "en"
c.set_payload("x")
c.clear_content()
print(c.items(), c.get_payload())
c.clear()
print(c.items(), c.get_payload())
p = MIMEPart()
print(p.policy is policy.default, type(p).__name__)
p.set_content("part\n")
print(p.items())
print(str(EmailMessage()) == "\n", repr(str(p)))
e = EmailMessage()
e["Subject"] = "caf\u00e9"
print(repr(str(e)), repr(e.as_string()))
