# Seeded random address lists folded under EmailPolicy at several widths.
import random
from email.message import EmailMessage
from email import policy
rnd = random.Random(11)
NAMES = ["Alice", "Bob Smith", "Zoë", "日本 太郎", "Doe, John", "O'Brien", "Dr. Who", "", "Long Name Here Indeed", "Ünïcödé"]
ADDRS = ["a@example.com", "bob.smith@mail.example.org", "x@y.z", "very.long.local.part.address@some.long.domain.example.com"]
for i in range(200):
    parts = []
    for _ in range(rnd.randrange(1, 6)):
        nm = rnd.choice(NAMES)
        ad = rnd.choice(ADDRS)
        if not nm:
            parts.append(ad)
        elif "," in nm or "." in nm:
            parts.append('"%s" <%s>' % (nm, ad))
        else:
            parts.append("%s <%s>" % (nm, ad))
    value = ", ".join(parts)
    if rnd.random() < 0.2:
        value = "Team: " + value + ";"
    width = rnd.choice([40, 60, 78])
    m = EmailMessage(policy=policy.default.clone(max_line_length=width))
    try:
        m["To"] = value
        print(i, repr(m.as_string()), [str(a) for a in m["to"].addresses])
    except Exception as e:
        print(i, type(e).__name__, e)
