print(list.__add__, list.__mul__, list.__rmul__, list.__iadd__, str.__add__, tuple.__mul__, bytearray.__iadd__)
print([1]+[2], 3*[1], [1]*3, "a"*2, 2*"ab", (1,)*2, b"x"+b"y")
l=[1]; l+=(2,); l*=2; print(l)
class L(list):
    def __add__(self, o): return "L.add"
print(L([1])+[2], [2]+L([1]))
class R:
    def __radd__(self, o): return "R.radd"
    def __rmul__(self, o): return "R.rmul"
print([1]+R(), "s"+R(), [1]*R(), (1,)+R())
