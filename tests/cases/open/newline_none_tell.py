# cwd: tmp
# Positions in a file with "\r\n" endings read with universal newlines.
with open("crlf", "wb") as f:
    f.write(b"one\r\ntwo\r\nthree\r\n")
with open("crlf") as f:
    print(repr(f.readline()), f.tell(), repr(f.read(2)), f.tell(), repr(f.readline()), f.tell())
    f.seek(5)
    print(repr(f.readline()), f.tell())
    print(f.newlines)
