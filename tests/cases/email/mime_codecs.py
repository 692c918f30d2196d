# base64mime, quoprimime, charset tables, encoders, quopri.
import quopri
from io import BytesIO
from email import base64mime, quoprimime, charset, encoders, errors
from email.charset import Charset
from email.message import Message

print(base64mime.header_length(b""), base64mime.header_length(b"abcd"), base64mime.header_length(b"abcdef"))
print(base64mime.header_encode(b"caf\xc3\xa9", "utf-8"), repr(base64mime.header_encode(b"")),
      base64mime.header_encode("x\u00e9"))
data = bytes(range(200))
print(base64mime.body_encode(data))
print(repr(base64mime.body_encode(data, 20, "\r\n")))
print(base64mime.decode("aGVsbG8="), base64mime.decode(b"aGk="), base64mime.decode(""),
      base64mime.body_decode is base64mime.decode)

print(quoprimime.header_length(b"hello world"), quoprimime.body_length(b"a=b\t"))
print(quoprimime.header_check(ord("=")), quoprimime.header_check(ord("a")), quoprimime.body_check(ord(" ")))
print(quoprimime.header_encode(b"caf\xe9 au_lait?", "iso-8859-1"), repr(quoprimime.header_encode(b"")))
print(quoprimime.quote("\xe9"), quoprimime.unquote("=41"))
print(quoprimime.header_decode("caf=E9_au=5Flait"))
samples = ["short line", "x" * 100, "a" * 74 + "\xe9" * 5, "ends with space ", "ends with tab\t",
           "y" * 75 + " ", "z" * 74 + " ", "w" * 73 + " ", "line1\nline2\r\nline3\n",
           "=" * 40, "tail\n", "\n\n", "mixed \xff\xfe bytes = here" * 4]
for s in samples:
    print(repr(quoprimime.body_encode(s)))
print(repr(quoprimime.body_encode("abc def " * 3, 10, "\r\n")))
try:
    quoprimime.body_encode("x", 3)
except ValueError as e:
    print("ValueError", e)
for s in ["caf=C3=A9", "soft=\nbreak", "a=\n", "line\n\nend", "bad=zz", "x=4", "t  \n", "=\r\n", ""]:
    print(repr(s), repr(quoprimime.decode(s)), repr(quoprimime.decode(s, "\r\n")))

for name in ["utf-8", "UTF-8", "latin_1", "latin-9", "ascii", "us-ascii", "euc_jp", "shift_jis",
             "iso-2022-jp", "big5", "koi8-r", "x-unknown", b"iso-8859-2", "cp949", "unknown-8bit"]:
    c = Charset(name)
    print(repr(name), repr(c), c.header_encoding, c.body_encoding, c.output_charset, c.input_codec,
          c.output_codec, c.get_output_charset())
    enc = c.get_body_encoding()
    print("   ", enc if isinstance(enc, str) else enc.__name__)
try:
    Charset("caf\u00e9")
except errors.CharsetError as e:
    print("CharsetError", e)
c = Charset("utf-8")
print(c == "UTF-8", c == Charset("utf-8"), c != "latin-1", str(c))
print(c.header_encode("caf\u00e9"), c.header_encode("plain"), Charset("iso-8859-1").header_encode("caf\u00e9"),
      Charset("us-ascii").header_encode("plain"))
print(c.body_encode("caf\u00e9\n"), Charset("iso-8859-1").body_encode("caf\u00e9\n"), Charset("us-ascii").body_encode("plain"),
      repr(c.body_encode("")))
print(c.header_encode_lines("\u00e9" * 40, iter([30, 40, 40, 40, 40, 40])))
print(c.header_encode_lines("\u00e9\u00e9", iter([5, 50])))
charset.add_charset("x-mine", charset.QP, charset.BASE64, "utf-8")
charset.add_alias("mine", "x-mine")
charset.add_codec("x-mine", "utf-8")
m = Charset("MINE")
print(m.input_charset, m.header_encoding, m.body_encoding, m.output_charset, m.input_codec)
try:
    charset.add_charset("bad", body_enc=charset.SHORTEST)
except ValueError as e:
    print("ValueError", e)

for fn in (encoders.encode_base64, encoders.encode_quopri, encoders.encode_7or8bit, encoders.encode_noop):
    for payload in ("hello world \t\n=tab", b"caf\xc3\xa9 \n".decode("ascii", "surrogateescape")):
        msg = Message()
        msg.set_payload(payload)
        fn(msg)
        print(fn.__name__, msg.items(), repr(msg.get_payload()))
msg = Message()
msg.attach(Message())
encoders.encode_7or8bit(msg)
print(msg.items())

raw = b"caf\xc3\xa9 = tab\there \nline with trailing space \n_under_"
print(quopri.encodestring(raw))
print(quopri.encodestring(raw, quotetabs=True))
print(quopri.encodestring(raw, header=True))
print(quopri.decodestring(b"caf=C3=A9 soft=\nx_y"), quopri.decodestring(b"x_y=20", header=True))
out = BytesIO()
quopri.encode(BytesIO(raw), out, False)
print(out.getvalue())
out = BytesIO()
quopri.decode(BytesIO(b"a=3Db_c"), out, header=True)
print(out.getvalue())
print(quopri.needsquoting(b"=", False, False), quopri.needsquoting(b" ", True, False),
      quopri.needsquoting(b"_", False, True), quopri.needsquoting(b"a", False, False),
      quopri.needsquoting(b"\x7f", False, False))
print(quopri.quote(b"\xe9"), quopri.ishex(b"a"), quopri.ishex(b"g"), quopri.unhex(b"fF"), quopri.unhex(b"10"))
print(quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, quopri.EMPTYSTRING)
