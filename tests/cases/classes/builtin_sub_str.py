class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hello")
print(s, repr(s), s.shout(), type(s).__name__, type(s + "x").__name__, type(s.upper()).__name__)
print(s == "hello", hash(s) == hash("hello"), len(s), s[1], s[1:3], "ell" in s)
print({s: 1}["hello"], isinstance(s, str), f"{s}", f"{s!r}", "%s" % s)
class R(str):
    def __repr__(self): return "R<" + str.__repr__(self) + ">"
    def __str__(self): return "str-of-R"
r = R("x")
print(r, repr(r), [r], f"{r}", str(r), r + "y", format(r))
class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Up("abc"), Up("abc") == "ABC", type(Up("abc")).__name__)
class Tagged(str):
    pass
t = Tagged("t")
t.tag = 1
print(t.tag, t, "".join([t, t]), type("".join([t])).__name__)
print(" ".join(S("a b c").split()), S("a,b").split(","))
