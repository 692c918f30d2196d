# EmailMessage under policy.default: building, headers as objects, writing, parsing.
import email
from email import policy
from email.message import EmailMessage
from email.headerregistry import Address, Group
import datetime

m = EmailMessage()
m['From'] = Address('Pepé Le Pew', 'pepe', 'example.com')
m['To'] = (Address('Penelope Pussycat', 'penelope', 'example.com'), Address('Fabrette Pussycat', 'fabrette', 'example.com'))
m['Cc'] = 'Group Name: a@b.com, "Quoted, Name" <q@x.org>;, solo@example.com'
m['Subject'] = 'Ayons asperges pour le déjeuner'
m['Date'] = datetime.datetime(2024, 3, 1, 12, 30, tzinfo=datetime.timezone.utc)
m['Message-ID'] = '<abc@example.com>'
m['X-Long-Address'] = 'x'
m['Reply-To'] = 'Long Display Name Number One <one@example.com>, Long Display Name Number Two <two@example.com>, three@example.com'
m.set_content("""Salut!\n\nCela ressemble à un excellent recipie déjeuner.\n""")
m.add_alternative("<html><body><p>Salut!</p></body></html>\n", subtype='html')
m.add_attachment(b'\x00\x01binary', maintype='application', subtype='octet-stream', filename='data.bin')
m.add_attachment('text attachment\n', filename='notes.txt')
s = m.as_string()
import re
b = m.get_boundary()
print(s.replace(m.get_boundary(), 'B1').replace(m.get_payload(0).get_boundary() or 'zzz', 'B2'))
print(repr(m['to']), m['to'].addresses, m['cc'].groups)
print(m['date'].datetime, m['content-type'].content_type, sorted(m['content-type'].params))
print(m['from'].addresses[0].display_name, m['from'].addresses[0].addr_spec)
print(m.get_body().get_content_type(), [p.get_filename() for p in m.iter_attachments()])
print(m.get_body(('plain',)).get_content())
for part in m.iter_attachments():
    print(repr(part.get_content()))
print(m['mime-version'].version, m['mime-version'].major, m['mime-version'].minor)
print(m.is_attachment(), m.get_payload(1).is_attachment())

raw = b"""From: =?utf-8?q?J=C3=B6rg?= <j@example.com>
To: a@b.com, Bob Smith <bob@example.com>
Subject: =?utf-8?b?SGVsbG8gV8O2cmxk?= and more
Date: Fri, 01 Mar 2024 12:30:00 +0100
Content-Type: text/plain; charset="utf-8"; format=flowed
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Gr=C3=BC=C3=9Fe
"""
p = email.message_from_bytes(raw, policy=policy.default)
print(type(p).__name__, repr(p['subject']), repr(p['from']), p['from'].addresses)
print(p['date'].datetime, p['content-type'].params, p['content-transfer-encoding'].cte)
print(repr(p.get_content()))
print(p.as_string())
print(p.as_bytes())
print(policy.default, policy.SMTP.linesep, policy.HTTP.max_line_length, policy.strict.raise_on_defect, policy.SMTPUTF8.utf8)
print(policy.default.clone(max_line_length=40).max_line_length)
