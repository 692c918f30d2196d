# Seeded random unstructured source headers (encoded words, junk) parsed and refolded under EmailPolicy.
import random
import email
from email import policy
rnd = random.Random(21)
TOK = ["plain", "=?utf-8?q?caf=C3=A9?=", "=?iso-8859-1?b?4Q==?=", "=?utf-8?q?a_b?=", "x,y", "(comment)", "=?bad?q?x?=",
       "=?utf-8?q?broken", "end.", "\u00e9t\u00e9", "=?utf-8?b?8J+YgA==?=", "tail=?utf-8?q?x?=", "  "]
for i in range(200):
    value = " ".join(rnd.choice(TOK) for _ in range(rnd.randrange(1, 10)))
    src = "Subject: %s\nX-Other: %s\n\nbody\n" % (value, value[::-1])
    for pol in (policy.default, policy.default.clone(refold_source="all", max_line_length=50)):
        m = email.message_from_string(src, policy=pol)
        s = m["subject"]
        print(i, repr(str(s)), [type(d).__name__ for d in s.defects])
        print(i, repr(m.as_string()))
