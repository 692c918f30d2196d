# EmailMessage.set_content/get_content through raw_data_manager.
from email.message import EmailMessage
from email import policy
from email.headerregistry import HeaderRegistry


def show(m):
    print(repr(m.as_string()))


TEXTS = ["plain ascii\n", "caf\u00e9 cr\u00e8me\n", "x" * 100 + "\n", "\u00e9" * 100 + "\n",
         "line\n" * 12, "caf\u00e9\n" * 12, "no newline", ""]
for t in TEXTS:
    for cte in (None, "quoted-printable", "base64", "8bit"):
        m = EmailMessage()
        try:
            m.set_content(t, cte=cte)
            show(m)
            print(repr(m.get_content()))
        except Exception as e:
            print(type(e).__name__, e)
m = EmailMessage()
try:
    m.set_content("caf\u00e9", cte="7bit")
except Exception as e:
    print(type(e).__name__, e)
m = EmailMessage()
try:
    m.set_content("x", cte="bogus")
except ValueError as e:
    print("ValueError", e)
m = EmailMessage()
m.set_content("<p>x</p>\n", subtype="html", charset="iso-8859-1", disposition="inline",
              filename="page.html", cid="<c1@x>", params={"format": "flowed"},
              headers=["X-Extra: yes", "X-Other: 2"])
show(m)
m = EmailMessage()
m.set_content("hi\n", charset="latin-1")
show(m)
m = EmailMessage(policy=policy.SMTP)
m.set_content("a\nb\n" + "\u00e9" * 90 + "\n")
show(m)
m = EmailMessage(policy=policy.default.clone(cte_type="7bit"))
m.set_content("caf\u00e9\n")
show(m)
for data, kw in [(b"\x00\x01\x02", dict(maintype="application", subtype="octet-stream")),
                 (b"GIF89a", dict(maintype="image", subtype="gif", cte="base64", filename="x.gif")),
                 (b"qp = \xff\n", dict(maintype="application", subtype="x-qp", cte="quoted-printable")),
                 (b"seven", dict(maintype="text", subtype="x-raw", cte="7bit")),
                 (b"eight \xff", dict(maintype="application", subtype="x", cte="8bit")),
                 (bytearray(b"ba" * 60), dict(maintype="application", subtype="y")),
                 (memoryview(b"mv"), dict(maintype="application", subtype="z", disposition="attachment"))]:
    m = EmailMessage()
    m.set_content(data, **kw)
    show(m)
    print(repr(m.get_content()))
inner = EmailMessage()
inner["Subject"] = "inner"
inner.set_content("inner body\n")
for sub, cte in [("rfc822", None), ("rfc822", "7bit"), ("external-body", None), ("rfc822", "base64"),
                 ("partial", None), ("external-body", "8bit"), ("news", None)]:
    m = EmailMessage()
    try:
        m.set_content(inner, subtype=sub, cte=cte)
        show(m)
        print(type(m.get_content()).__name__)
    except ValueError as e:
        print("ValueError", e)
m = EmailMessage()
m.make_mixed()
try:
    m.set_content("x")
except TypeError as e:
    print("TypeError", e)
m = EmailMessage()
try:
    m.set_content(12345)
except KeyError as e:
    print("KeyError", e)
try:
    m.set_content("x", headers=["Bad Header"])
except Exception as e:
    print(type(e).__name__)
m = EmailMessage()
m["Content-Type"] = "video/mp4"
m.set_payload("AAAA")
m["Content-Transfer-Encoding"] = "base64"
print(m.get_content())
m = EmailMessage()
m["Content-Type"] = "model/x"
try:
    m.get_content()
except KeyError as e:
    print("KeyError", e)
