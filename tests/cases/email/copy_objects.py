# Copying messages, header objects and policies.
import copy
import email
from email import policy
from email.message import EmailMessage

m = email.message_from_string("Subject: hi\nTo: a@b.com\n\nbody\n")
c = copy.deepcopy(m)
c["X-New"] = "1"
print(m.keys(), c.keys(), c.as_string() != m.as_string())

e = EmailMessage()
e["Subject"] = "caf\u00e9"
e["To"] = "A <a@b.com>"
e["Date"] = "Mon, 01 Jan 2024 00:00:00 +0000"
e.set_content("text\n")
for obj in (e["subject"], e["to"], e["date"], e["content-type"]):
    again = copy.deepcopy(obj)
    print(repr(again), type(again).__name__, type(again).__mro__[1].__name__, again.name)
    print(repr(copy.copy(obj)), repr(copy.deepcopy(obj)))
d = copy.deepcopy(e)
print(d.as_string() == e.as_string(), d["to"].addresses)
print(repr(copy.deepcopy(policy.SMTP)), copy.copy(policy.default).linesep == "\n")
