# message/rfc822 parts: parsing, generating, nested round trips, digest.
import email
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import policy

inner = MIMEText("inner text\n")
inner["Subject"] = "inner"
outer = MIMEMultipart("digest", boundary="D")
outer.attach(MIMEMessage(inner))
outer.attach(MIMEMessage(MIMEText("second\n")))
text = outer.as_string()
print(text)
back = email.message_from_string(text)
print([p.get_content_type() for p in back.walk()], [p.get_default_type() for p in back.walk()])
print(back.as_string() == text)
fw = email.message_from_string("""\
Content-Type: message/rfc822

Subject: forwarded
Content-Type: text/plain

the forwarded body
""")
print(fw.is_multipart(), fw.get_payload(0)["subject"], repr(fw.get_payload(0).get_payload()))
print(repr(fw.as_string()))
em = email.message_from_string(fw.as_string(), policy=policy.default)
print(type(em.get_content()).__name__, em.get_content()["subject"])
other = email.message_from_string("Content-Type: message/x-weird\n\nSubject: w\n\nbody\n", policy=policy.default)
print(repr(other.get_content()))
ext = email.message_from_string("Content-Type: message/external-body; access-type=URL\n\nContent-Type: text/plain\n\n", policy=policy.default)
print(ext.get_content().get_content_type())
empty = email.message_from_string("Content-Type: message/rfc822\n\n")
print(empty.is_multipart(), repr(empty.as_string()))
p = Message()
p["Content-Type"] = "message/rfc822"
p.set_payload("raw string payload\n")
print(repr(p.as_string()))
