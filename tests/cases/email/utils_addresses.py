# email.utils address parsing and formatting.
from email import utils

ADDRS = [
    "alice@example.com",
    "Alice <alice@example.com>",
    '"Alice A." <alice@example.com>',
    "alice@example.com (Alice)",
    "Alice (comment) <alice@example.com>",
    "<alice@example.com>",
    '"Doe, John" <jd@example.com>',
    "John Q. Public <jqp@example.com>",
    "Group: a@x.com, b@y.com;",
    "undisclosed-recipients:;",
    "a@b@c.com",
    "alice",
    "Alice <alice@[127.0.0.1]>",
    "alice @ example . com",
    '"quoted\\"name" <q@example.com>',
    "<@route.example:alice@example.com>",
    "bad (unbalanced <a@b.com>",
    "bad ) paren <a@b.com>",
    "",
    "a@b.com, c@d.com",
    '"weird , name" <w@x.com>',
    "Alice <alice@example.com> extra",
    "\u00c9mile <emile@example.com>",
    "a@example.com.",
    "<>",
]
for a in ADDRS:
    print(repr(a), utils.parseaddr(a), utils.parseaddr(a, strict=False))

print(utils.parseaddr(["x@y.com", "z@w.com"]))
print(utils.parseaddr(123))

FIELDS = [
    ["a@b.com, Bob <bob@c.com>"],
    ["a@b.com", "c@d.com, e@f.com"],
    ['"x, y" <xy@z.com>, q@r.com'],
    ["Group: a@x.com, b@y.com;, c@z.com"],
    ["alice@example.com (Alice)"],
    ["a@b.com, (bad"],
    ["a@[1.2.3.4]"],
    ["a@b.com,,c@d.com"],
    [],
]
for f in FIELDS:
    print(f, utils.getaddresses(f), utils.getaddresses(f, strict=False))

PAIRS = [
    ("", "a@b.com"),
    ("Alice", "alice@example.com"),
    ("Alice A.", "a@example.com"),
    ('Al "The Pal" Ice', "a@example.com"),
    ("back\\slash", "b@example.com"),
    ("Doe, John", "jd@example.com"),
    ("\u00c9mile Zola", "ez@example.com"),
    ("\u4e2d\u6587", "zh@example.com"),
]
for p in PAIRS:
    print(p, utils.formataddr(p))
print(utils.formataddr(("\u00c9mile", "e@x.com"), charset="iso-8859-1"))
try:
    utils.formataddr(("Name", "\u00e9@x.com"))
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)

for s in ['"abc"', '"a\\"b\\\\c"', "<x@y>", "plain", '"', "<", '""', "<>", '"unterminated']:
    print(repr(s), repr(utils.unquote(s)))
print(utils.quote('a"b\\c'))

from email._parseaddr import AddressList
a = AddressList("a@b.com, c@d.com")
b = AddressList("c@d.com, e@f.com")
print(len(a), a[0], (a + b).addresslist, (a - b).addresslist)
a += b
print(a.addresslist)
a -= AddressList("a@b.com")
print(a.addresslist)
print(AddressList(None).addresslist, AddressList("").addresslist)
