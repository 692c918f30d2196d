# Address headers under policy.default: parsing forms, str, groups, folding.
from email.message import EmailMessage
from email.headerregistry import HeaderRegistry, Address, Group

reg = HeaderRegistry()
VALUES = [
    "alice@example.com",
    "Alice Example <alice@example.com>",
    "  Alice   Example   <alice@example.com>  ",
    '"Example, Alice" <alice@example.com>',
    '"quoted\\"inner" <q@example.com>',
    "alice@example.com (Alice Comment)",
    "(lead comment) Bob <bob@example.com>",
    '"john doe"@example.com',
    "Dotted.Name <dn@example.com>",
    "a.b.c@sub.example.co.uk",
    "user@[192.168.0.1]",
    "Friends: a@x.com, B <b@y.com>;",
    "Empty Group:;",
    "Group One: a@x.com;, Group Two: b@y.com;",
    "=?utf-8?q?J=C3=B6rg?= <j@x.de>",
    "=?utf-8?q?J=C3=B6rg?= =?utf-8?q?_M=C3=BCller?= <jm@x.de>",
    "A <a@x.com>, B <b@x.com>, C <c@x.com>",
]
for v in VALUES:
    h = reg("To", v)
    print(repr(v))
    print("  ", repr(str(h)), [(a.display_name, a.username, a.domain) for a in h.addresses])
    print("  ", [(g.display_name, len(g.addresses)) for g in h.groups])
    m = EmailMessage()
    m["To"] = v
    print("  ", repr(m.as_string()))
m = EmailMessage()
m["From"] = Address("Ünïcödé Näme", "u", "example.com")
m["To"] = Group("Team", [Address("A", "a", "x.com"), Address("B", "b", "x.com")])
m["Cc"] = [Address("C", "c", "x.com"), Group("G", [Address("", "g", "x.com")])]
m["Bcc"] = Address(addr_spec="hidden@example.com")
m["Reply-To"] = Address("Quote, Me", "q", "x.com")
print(m.as_string())
print(m["cc"].groups)
print(m["to"].addresses)
