# StringIO's newline argument: translation on write, line splitting on read,
# and the newlines it has seen.
import _io

for nl in (None, "", "\n", "\r", "\r\n"):
    s = _io.StringIO(newline=nl)
    print(repr(nl), s.write("a\nb\r\nc\rd"), repr(s.getvalue()), s.newlines, s.tell())
    s.seek(0)
    print(" ", s.readlines(), s.newlines)
    s2 = _io.StringIO("x\ry\r\nz\n", newline=nl)
    print(" ", repr(s2.getvalue()), s2.readlines(), s2.tell(), s2.newlines)
    s3 = _io.StringIO(newline=nl)
    s3.write("a\r")
    s3.write("\nb")
    print(" ", repr(s3.getvalue()), s3.newlines)
for text in ("", "plain", "lf\n", "cr\r", "crlf\r\n", "lf\ncr\r", "cr\rcrlf\r\n"):
    print(repr(text), _io.StringIO(text, newline=None).newlines, _io.StringIO(text, newline="").newlines)
