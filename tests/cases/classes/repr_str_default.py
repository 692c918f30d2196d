class C: pass
c = C()
r = repr(c)
print(r.startswith("<__main__.C object at 0x"), r == str(c))
print(c)
class Outer:
    class Inner:
        pass
    def make(self):
        class Local: pass
        return Local()
print(Outer.Inner())
print(Outer().make())
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(C, Outer.Inner, int, type)
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self): return "only-str"
print(OnlyStr(), [OnlyStr()][0].__str__())
print(repr([OnlyStr()])[:25])
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class StrSubRepr:
    def __repr__(self):
        class S(str): pass
        return S("sub")
print(repr(StrSubRepr()), type(repr(StrSubRepr())).__name__)
print(object.__repr__(OnlyRepr())[:30])
