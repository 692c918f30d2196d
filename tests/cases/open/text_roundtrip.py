# cwd: tmp
# Writing and reading text files: encodings, errors, newlines.
lines = ["plain ascii\n", "Grüße, €uro\n", "emoji 😀\n", "no newline at end"]
with open("u8.txt", "w", encoding="utf-8") as f:
    for line in lines:
        f.write(line)
with open("u8.txt", encoding="utf-8") as f:
    print(f.readlines() == lines, f.encoding)
with open("u8.txt", "rb") as f:
    print(f.read())
with open("l1.txt", "w", encoding="latin-1", errors="replace") as f:
    f.write("café € ok\n")
with open("l1.txt", "rb") as f:
    print(f.read())
with open("l1.txt", encoding="latin-1") as f:
    print(repr(f.read()))
with open("l1.txt", encoding="utf-8", errors="surrogateescape") as f:
    print(repr(f.read()))
try:
    with open("l1.txt", encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open("asc.txt", "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve ☃\n")
with open("asc.txt") as f:
    print(f.read(), end="")
try:
    with open("strict.txt", "w", encoding="ascii") as f:
        f.write("ok then ü")
except UnicodeEncodeError as e:
    print(e)
with open("strict.txt") as f:
    print(repr(f.read()))
for nl in (None, "", "\n", "\r", "\r\n"):
    with open("nl.txt", "w", newline=nl) as f:
        f.write("a\nb\r\nc\r")
    with open("nl.txt", "rb") as f:
        raw = f.read()
    with open("nl.txt", newline=nl) as f:
        print(repr(nl), raw, f.readlines(), f.newlines)
