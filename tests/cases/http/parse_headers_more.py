# http.client.parse_headers and HTTPMessage on odd header blocks
import io
import http.client


def parse(data):
    fp = io.BytesIO(data)
    try:
        m = http.client.parse_headers(fp)
    except http.client.HTTPException as e:
        print(type(e).__name__, e)
        return None
    print(m.items(), "| rest:", fp.read(), "| defects:", [type(d).__name__ for d in m.defects])
    return m


parse(b"A: 1\r\nB: 2\r\n\r\n")
parse(b"Folded: first\r\n  second\r\n\tthird\r\nNext: x\r\n\r\nbody")
parse(b"Latin: caf\xe9\r\nUTF8: caf\xc3\xa9\r\n\r\n")
parse(b"NoColonHere\r\nA: 1\r\n\r\n")
parse(b"A: 1\r\nno colon later\r\nB: 2\r\n\r\n")
parse(b" leading: space\r\nA: 1\r\n\r\n")
parse(b"A:1\r\nB:   spaced  \r\nC:\r\n\r\n")
parse(b"Dup: 1\r\ndup: 2\r\nDUP: 3\r\n\r\n")
parse(b"From nobody\r\nA: 1\r\n\r\n")
parse(b"A: 1\nB: 2\n\nrest\n")
parse(b"A: 1\rB: 2\r\n\r\n")
parse(b"")
parse(b"\r\nafter blank")
parse(b"X: " + b"y" * 65530 + b"\r\n\r\n")
parse(b"X: " + b"y" * 65540 + b"\r\n\r\n")
parse(b"H: v\r\n" * 99 + b"\r\n")
parse(b"H: v\r\n" * 100 + b"\r\n")
m = parse(b"Content-Type: text/html; charset=ISO-8859-1\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nContent-Length: 10\r\n\r\n")
print(m.get_content_type(), m.get_content_charset(), m.get_param("charset"), m.get_all("set-cookie"),
      m["content-length"], m.get("missing", "dflt"), len(m), "SET-COOKIE" in m)
print(m.getallmatchingheaders("Set-Cookie"), m.keys(), m.values())
print(str(m).replace("\n", "|"))
del m["set-cookie"]
m["X-New"] = "added"
print(m.items(), isinstance(m, __import__("email").message.Message))
