# StringIO with newline="\r" and "\r\n": writing translates "\n".
import io

for nl in ("\r", "\r\n"):
    s = io.StringIO(newline=nl)
    s.write("one\ntwo\n")
    s.write("three")
    print(repr(nl), repr(s.getvalue()), s.tell())
    s.seek(0)
    print(" ", s.readlines(), list(io.StringIO("a\nb\rc\r\nd", newline=nl)))
