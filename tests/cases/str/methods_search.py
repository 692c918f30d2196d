# find/index/count/startswith/endswith/replace.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""), s.rfind(""))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 20, 30))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")),
      s.startswith(("a", "t")))
print(s.replace("the", "a"), s.replace("o", "0", 2), s.replace("", "-")[:20])
print("aaa".replace("a", "bb"), "abc".replace("x", "y"), "".replace("", "z"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.partition(" "), s.rpartition(" "), s.partition("zzz"))
print("a,b,,c".split(","), "  a  b c ".split(), "a b c".split(" ", 1), "a b c".rsplit(" ", 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True), "".split(","), "".split())
