# email.policy attributes and errors, Address/Group, the header classes of email.headerregistry.
import email
from email import policy, errors
from email.message import EmailMessage, MIMEPart
from email.headerregistry import Address, Group, HeaderRegistry, UnstructuredHeader, BaseHeader
from email.policy import EmailPolicy, Compat32, compat32

print(repr(policy.default), repr(compat32), repr(policy.SMTP), repr(policy.HTTP))
print(repr(policy.strict), repr(policy.SMTPUTF8))
p = policy.default.clone(linesep="\r\n", max_line_length=60)
print(p.linesep == "\r\n", p.max_line_length, p.utf8, p.refold_source, p.cte_type, p.mangle_from_,
      p.raise_on_defect, p.message_factory.__name__, type(p.header_factory).__name__, p.verify_generated_headers)
q = policy.default + policy.SMTP
print(repr(q.linesep))
for bad in [lambda: policy.default.clone(nope=1), lambda: EmailPolicy(bogus=True), lambda: Compat32(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
for attr in ("linesep", "newattr"):
    try:
        setattr(policy.default, attr, "x")
    except AttributeError as e:
        print("AttributeError", e)
print(policy.default.header_max_count("Subject"), policy.default.header_max_count("X-Foo"),
      policy.default.header_max_count("To"), compat32.header_max_count("Subject"))

m = EmailMessage()
m["Subject"] = "one"
try:
    m["Subject"] = "two"
except ValueError as e:
    print("ValueError", e)
try:
    m["X-Bad"] = "line1\nline2"
except ValueError as e:
    print("ValueError", e)
m["X-Many"] = "1"
m["X-Many"] = "2"
print(m.get_all("x-many"))

a = Address("Jane Doe", "jane", "example.com")
print(a, repr(a), a.addr_spec, a == Address("Jane Doe", "jane", "example.com"), a == "x")
print(Address(addr_spec="joe@example.org"), Address("Q, Name", addr_spec="q@x.y"))
print(Address(username="has space", domain="x.com").addr_spec, Address().addr_spec, str(Address("Name")))
print(Address("A.B.", "a", "b.c"), Address("Ünïcode", "u", "x.com"))
for args, kw in [((), {"addr_spec": "bad@"}), ((), {"addr_spec": "a@b c"}), (("x",), {"username": "u", "addr_spec": "a@b"}),
                 (("x\n",), {}), ((), {"addr_spec": "a@b@c"})]:
    try:
        print(Address(*args, **kw))
    except (ValueError, TypeError, errors.HeaderDefect, errors.HeaderParseError) as e:
        print(type(e).__name__, e)
g = Group("Friends", [a, Address("", "bob", "b.com")])
print(g, repr(g), Group(None, [a]), Group("Empty"), Group("Q: weird", []), g == Group("Friends", [a, Address("", "bob", "b.com")]))
print(repr(Group()), str(Group(None, [a, a])))

reg = HeaderRegistry()
h = reg("Subject", "Hello =?utf-8?q?W=C3=B6rld?= again")
print(repr(h), type(h).__name__, type(h).__mro__[1].__name__, h.name, h.defects, h.max_count)
h = reg("X-Custom", "value")
print(type(h).__name__, h.max_count)
reg.map_to_type("x-custom", UnstructuredHeader)
print(type(reg("X-CUSTOM", "v")).__name__)
h = reg("Date", "not a date")
print(repr(h), h.datetime, [type(d).__name__ for d in h.defects])
h = reg("Date", "")
print(repr(h), h.datetime, [type(d).__name__ for d in h.defects])
h = reg("Date", "Tue, 5 Mar 2024 01:02:03 -0000")
print(repr(h), h.datetime)
h = reg("To", "a@b.com, Joe <joe@x.com>, (comment) c@d.com, \"x y\" <xy@z.org>")
print(repr(h), h.addresses, [g.display_name for g in h.groups])
h = reg("Sender", "one@x.com")
print(h.address)
h = reg("Sender", "one@x.com, two@y.com")
try:
    h.address
except ValueError as e:
    print("ValueError", e)
h = reg("Content-Type", 'text/html; charset="ISO-8859-1"; Name=x.html')
print(repr(h), h.maintype, h.subtype, h.content_type, dict(h.params), h.defects)
h = reg("Content-Type", "image/PNG")
print(h.content_type, dict(h.params))
h = reg("Content-Disposition", 'attachment; filename="a b.txt"')
print(repr(h), h.content_disposition, dict(h.params))
h = reg("Content-Disposition", "INLINE")
print(h.content_disposition)
h = reg("Content-Transfer-Encoding", " Base64 ")
print(repr(h), h.cte)
h = reg("MIME-Version", "1.0")
print(repr(h), h.version, h.major, h.minor)
h = reg("MIME-Version", "1.0 (produced by x)")
print(repr(h), h.version)
h = reg("Message-ID", "<x.y@z>")
print(repr(h), type(h).__name__)
print(isinstance(h, str), isinstance(h, BaseHeader))
