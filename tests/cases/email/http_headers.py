# The way http.client reads response headers: a Message subclass from
# Parser(_class=...), CRLF lines, repeated headers, charset lookups.
import email.parser
import email.message


class HTTPMessage(email.message.Message):
    def getallmatchingheaders(self, name):
        name = name.lower() + ":"
        n = len(name)
        lst = []
        hit = 0
        for line in self.keys():
            if line[:n].lower() == name:
                hit = 1
            elif not line[:1].isspace():
                hit = 0
            if hit:
                lst.append(line)
        return lst


RAW = (b"Content-Type: text/html; charset=ISO-8859-1\r\n"
       b"Set-Cookie: a=1; Path=/\r\n"
       b"Set-Cookie: b=2; Path=/; HttpOnly\r\n"
       b"Content-Length: 1234\r\n"
       b"Date: Mon, 01 Jan 2024 00:00:00 GMT\r\n"
       b"X-Folded: part one\r\n\tpart two\r\n"
       b"Server: test\r\n\r\n")
hstring = RAW.decode("iso-8859-1")
msg = email.parser.Parser(_class=HTTPMessage).parsestr(hstring)
print(type(msg).__name__, len(msg))
print(msg.get_all("set-cookie"))
print(msg["content-length"], msg.get("content-type"), repr(msg["x-folded"]))
print(msg.get_content_type(), msg.get_content_charset(), msg.get_param("charset"))
print(msg.getallmatchingheaders("Set-Cookie"))
print(msg.items())
print(repr(str(msg)))
print(repr(msg.as_string(maxheaderlen=0)))
print(msg.is_multipart(), repr(msg.get_payload()))
msg2 = email.parser.Parser(_class=HTTPMessage).parsestr("")
print(msg2.items(), msg2.get_content_type())
hp = email.parser.HeaderParser(_class=HTTPMessage).parsestr("A: 1\r\nB: 2\r\n\r\nbody here\r\n")
print(hp.items(), repr(hp.get_payload()))
bad = email.parser.Parser(_class=HTTPMessage).parsestr("Good: 1\r\nBad Header Line\r\nMore: 2\r\n\r\n")
print(bad.items(), repr(bad.get_payload()), [type(d).__name__ for d in bad.defects])
