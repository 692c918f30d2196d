# codecs.charmap_decode with a str table: tables of each storage kind,
# shorter and longer than 256 characters, with undefined bytes (U+FFFE or
# past the end), inputs of one byte and none; the kind and ASCII-ness of
# the result follow the characters actually decoded.
import codecs

latin = "".join(map(chr, range(256)))
tables = {
    "ascii": "".join(map(chr, range(128))),
    "latin": latin,
    "wide": latin[:128] + "\u20ac" * 128,
    "astral": latin[:200] + "\U0001f600" * 56,
    "holes": latin[:100] + "\ufffe" + latin[101:],
    "long": latin + "\u0100" * 300,
    "mixed": "\x00\U00010000\u0100\xff" * 64,
}
inputs = [b"", b"A", b"\x00", b"\xff", bytes(range(128)), bytes(range(256)), b"abc\x80\xc8\xff", b"d" * 9 + b"\x64"]
for name, table in tables.items():
    for data in inputs:
        for errors in ("strict", "replace", "ignore"):
            try:
                s, n = codecs.charmap_decode(data, errors, table)
                print(name, errors, len(data), n, ascii(s[:6]), len(s), s.isascii(), max(map(ord, s), default=-1))
            except UnicodeDecodeError as e:
                print(name, errors, len(data), "E", e.reason, e.start, e.end)

for enc in ("cp1252", "cp437", "koi8_r", "mac_roman", "iso8859_7"):
    data = bytes(range(256))
    print(enc, ascii(data.decode(enc, "replace")[120:140]), len(data.decode(enc, "ignore")))
    print(enc, ascii(b"plain".decode(enc)), b"plain".decode(enc).isascii())
