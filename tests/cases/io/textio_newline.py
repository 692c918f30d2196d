# cwd: tmp
# TextIOWrapper's newline argument, reading and writing.
import _io

with _io.FileIO("x", "w") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r")
for nl in (None, "", "\n", "\r", "\r\n"):
    w = _io.TextIOWrapper(_io.BufferedReader(_io.FileIO("x")), encoding="utf-8", newline=nl)
    print(repr(nl), w.readlines(), w.newlines)
    w.close()
    w = _io.TextIOWrapper(_io.BufferedWriter(_io.FileIO("y", "w")), newline=nl)
    w.write("a\nb\r\nc\rd\n")
    w.close()
    with _io.FileIO("y") as f:
        print(" ", f.read())
    w = _io.TextIOWrapper(_io.BufferedReader(_io.FileIO("x")), newline=nl)
    print(" ", repr(w.read()), w.newlines)
    w.close()
