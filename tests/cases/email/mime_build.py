# Building messages with email.mime and writing them out.
import email
from email.mime.base import MIMEBase
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email.mime.message import MIMEMessage
from email import encoders, errors

t = MIMEText("Hello, world!\nFrom me\n")
print(t.as_string())
print(MIMEText("caf\u00e9\n").as_string())
print(MIMEText("<b>x</b>", "html", "iso-8859-1").as_string())
print(MIMEText("caf\u00e9", _charset="latin-1").items())
print(MIMEText("plain", "plain", "utf-8").as_string())
try:
    t.attach(MIMEText("x"))
except errors.MultipartConversionError as e:
    print("MultipartConversionError", e, isinstance(e, TypeError))

outer = MIMEMultipart(boundary="===BOUNDARY===")
outer["Subject"] = "Everything"
outer["From"] = "a@example.com"
outer.preamble = "You will not see this in a MIME-aware mail reader.\n"
outer.attach(MIMEText("first\n"))
outer.attach(MIMEApplication(b"\x00\x01\x02binary" * 10, Name="data.bin"))
outer.attach(MIMEApplication(b"%PDF-1.4", "pdf", encoders.encode_7or8bit))
outer.attach(MIMEApplication(b"qp \xff data", _encoder=encoders.encode_quopri))
png = b"\x89PNG\r\n\x1a\n" + bytes(range(40))
img = MIMEImage(png)
img.add_header("Content-Disposition", "attachment", filename="pic.png")
outer.attach(img)
outer.attach(MIMEAudio(b".snd" + b"\x00" * 20))
inner = email.message_from_string("From: x@y\nSubject: inner\n\ninner body\n")
outer.attach(MIMEMessage(inner))
outer.attach(MIMEBase("application", "x-custom", flag=None, name="v"))
text = outer.as_string()
print(text)
back = email.message_from_string(text)
print([p.get_content_type() for p in back.walk()])
print(back.get_payload(1).get_payload(decode=True)[:12], back.get_payload(4).get_filename())
print(back.get_payload(6).get_payload(0)["subject"])

for data in [b"\xff\xd8\xff\xdb....", b"......JFIF", b"GIF89a...", b"MM\x00*", b"II*\x00", b"\x01\xda..",
             b"P1\n", b"P5 ", b"P6\t", b"\x59\xa6\x6a\x95", b"#define x", b"BM....", b"RIFF....WEBP",
             b"\x76\x2f\x31\x01", b"P7\n", b"unknown"]:
    try:
        print(data[:6], MIMEImage(data).get_content_type())
    except TypeError as e:
        print(data[:6], "TypeError", e)
for data in [b"FORM....AIFF", b"FORM....AIFC", b".snd", b"RIFF....WAVEfmt ", b"RIFF....WAVEdata", b"xxxx"]:
    try:
        print(data[:6], MIMEAudio(data).get_content_type())
    except TypeError as e:
        print(data[:6], "TypeError", e)
print(MIMEImage(b"raw", "x-raw", _encoder=encoders.encode_noop).as_string())
try:
    MIMEApplication(b"x", None)
except TypeError as e:
    print("TypeError", e)
try:
    MIMEMessage("not a message")
except TypeError as e:
    print("TypeError", e)
m = MIMEMessage(inner, "external-body")
print(m.get_content_type(), m.get_default_type(), m.is_multipart())
mp = MIMEMultipart("alternative", None, [MIMEText("a"), MIMEText("b", "html")], charset="x")
print(len(mp.get_payload()), mp["content-type"])
nm = MIMENonMultipart("text", "plain", charset="us-ascii")
print(nm.items())
