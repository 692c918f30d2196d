b = b"Hello, \x00\xff bytes"
print(b, len(b), b[0], b[-1], b[7:9], b.upper(), b.lower(), b.count(b"l"), b.find(b"by"))
print(b.split(b","), b.replace(b"l", b"L"), b.startswith(b"He"), b.hex(), bytes.fromhex("41 42"), list(b"ab"))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"xy")
print(ba, bytes(ba), ba.decode(), len(ba), ba.pop(), ba)
print("é€".encode("utf-8"), b"\xc3\xa9".decode("utf-8"), "abc".encode("ascii"), b"caf\xc3\xa9".decode())
try:
    b"\xff".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print(b"%d-%s" % (5, b"x"), b"a" * 3, b"a" + b"b", b"ab" < b"b", hash(b"x") == hash(b"x"))
