# Parameters under policy.default: non-ASCII and long filenames (RFC 2231
# on output), set_param/del_param/get_param through header objects.
from email.message import EmailMessage
import email
from email import policy

for name in ["plain.txt", "r\u00e9sum\u00e9.pdf", "a very long file name " * 4 + ".txt",
             "\u00fc" * 60 + ".bin", 'quote"and\\back.txt', "semi;colon.txt"]:
    m = EmailMessage()
    m.add_attachment(b"data", "application", "octet-stream", filename=name)
    part = m.get_payload(0)
    text = part.as_string()
    print(repr(text))
    print(repr(part.get_filename()), dict(part["content-disposition"].params))
    back = email.message_from_string(text, policy=policy.default)
    print(repr(back.get_filename()))
m = EmailMessage()
m.set_content("x\n")
m.set_param("format", "flowed")
m.set_param("delsp", "yes")
print(m["content-type"], dict(m["content-type"].params))
m.del_param("format")
print(m["content-type"])
m.set_param("title", "caf\u00e9", charset="utf-8")
print(repr(m["content-type"]), m.get_param("title"))
print(repr(m.as_string()))
m.set_param("charset", "iso-8859-1", replace=True)
print(m.keys())
m.set_type("text/html")
print(m["content-type"].content_type, dict(m["content-type"].params))
print(m.get_params())
print(m.get_content_charset(), m.get_content_type())
