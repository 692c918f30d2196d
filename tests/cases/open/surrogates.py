# cwd: tmp
# surrogateescape carries undecodable bytes through a text round trip.
with open("raw", "wb") as f:
    f.write(b"ok \xff\xfe bytes\n")
with open("raw", encoding="utf-8", errors="surrogateescape") as f:
    text = f.read()
print(repr(text))
with open("copy", "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write(text)
with open("copy", "rb") as f:
    print(f.read())
try:
    with open("copy2", "w", encoding="utf-8") as f:
        f.write(text)
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
with open("raw", encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open("raw", encoding="utf-8", errors="backslashreplace") as f:
    print(repr(f.read()))
with open("raw", encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
