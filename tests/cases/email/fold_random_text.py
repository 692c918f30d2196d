# Seeded random unstructured headers folded under EmailPolicy at several widths.
import random
from email.message import EmailMessage
from email import policy
rnd = random.Random(7)
WORDS = ["alpha", "beta", "gamma", "délta", "ëpsilon", "zeta", "日本", "x" * 30, "a,b", "(c)", '"q"', "semi;", "tab\there", "Ω", "end."]
for i in range(300):
    n = rnd.randrange(1, 25)
    text = " ".join(rnd.choice(WORDS) for _ in range(n))
    width = rnd.choice([40, 60, 78, 100])
    m = EmailMessage(policy=policy.default.clone(max_line_length=width))
    name = rnd.choice(["Subject", "X-Thing", "Comments"])
    try:
        m[name] = text
        print(i, repr(m.as_string()))
    except Exception as e:
        print(i, type(e).__name__, e)
