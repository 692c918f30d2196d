# == and != between strs: equal text in different objects and of different
# storage kinds, in conditions (a jump) and as values, and str subclasses
# whose __eq__ / __ne__ must still run.
a = "abc"
b = "".join(["a", "b", "c"])
samples = [a, b, "abd", "ab", "", "\xe9t\xe9", "\u20ac", "\U0001f600", "abc\x00", "\u0100"[:0]]
for x in samples:
    row = []
    for y in samples:
        row.append("%d%d" % (x == y, x != y))
        if x == y:
            row.append("=")
        if x != y:
            row.append("!")
    print(ascii(x), " ".join(row))

wide = "\u20acabc"[1:]  # "abc" from a wider string
print(wide == "abc", wide != "abc", [wide == s for s in ("abc", "abd")])
n = 0
while "x" * n != "xxx":
    n += 1
print(n)


class S(str):
    def __eq__(self, other):
        print("S.__eq__", ascii(other))
        return True

    def __ne__(self, other):
        print("S.__ne__", ascii(other))
        return False

    __hash__ = str.__hash__


s = S("zzz")
print(s == "abc", "abc" == s, s != "abc", "abc" != s)
if "abc" == s:
    print("taken")
print("abc" == 3, "abc" != None, "1" == 1)
