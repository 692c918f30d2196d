# Seeded random MIME type and disposition headers with parameters under EmailPolicy.
import random
import re
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from email import policy
rnd = random.Random(9)
reg = HeaderRegistry()
PARAMS = ['a=1', 'b="q;uoted"', "c*=utf-8''%C3%A9", 'd*0="x"', 'd*1="y"', 'J=Upper', 'name="file name.txt"', "charset=UTF-8"]
TYPES = ["text/plain", "TEXT/HTML", "application/octet-stream", "multipart/mixed", "image/png"]
for i in range(150):
    value = rnd.choice(TYPES)
    ps = rnd.sample(PARAMS, rnd.randrange(0, 5))
    if ps:
        value += "; " + "; ".join(ps)
    h = reg("Content-Type", value)
    print(i, repr(str(h)), h.content_type, sorted(h.params.items()))
    d = reg("Content-Disposition", value.replace(value.split(";")[0], rnd.choice(["attachment", "inline", "Attachment"])))
    print(i, repr(str(d)), d.content_disposition, sorted(d.params.items()))
    m = EmailMessage(policy=policy.default.clone(max_line_length=rnd.choice([40, 78])))
    m["Content-Type"] = value
    print(i, re.sub(r"\d{19}", "N", repr(m.as_string())), m.get_content_type(), re.sub(r"\d{19}", "N", str(m.get_params())))
