class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"
    def __eq__(self, o):
        return self.parts == o.parts
    def __hash__(self):
        return hash(self.parts)
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), min(vs), max(vs))
print(Version("1.0") > Version("0.1"), Version("1.0") >= Version("1.0"))
print(sorted(vs, reverse=True))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1)]), OnlyLt(1) > OnlyLt(0))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
import_like = {Version("1.0"): "one"}
print(import_like[Version("1.0")])
