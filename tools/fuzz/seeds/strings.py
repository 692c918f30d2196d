s = "Hello, Wörld! ☃"
print(s.lower(), s.upper(), s.title(), s.swapcase(), s.casefold())
print(s.split(", "), s.partition("o"), s.rpartition("o"), s.find("l"), s.rfind("l"), s.count("l"))
print(s.replace("l", "L", 2), s.startswith("He"), s.endswith("☃"), s.strip("H☃ "), s.center(20, "-"))
print("-".join(["a", "b", "c"]), "a,b,,c".split(","), "  x y  ".split(), "line1\nline2".splitlines())
print(s.encode("utf-8"), s[::2], s[-3:], s[1:8:3], len(s), ord("☃"), chr(0x263A), "ab" * 3)
print("abc".isalpha(), "123".isdigit(), " ".isspace(), "Ab".istitle(), "x".isidentifier(), "%s" % [1])
b = bytes(range(5)) + b"xyz"
print(b, b.hex(), bytearray(b"ab").upper(), b[1], b[1:3], list(b"hi"), b.decode("latin-1"))
print(repr("quote's \"double\" \t\x00"), ascii("é"), str(b"x"), "é".encode("ascii", "replace"))
