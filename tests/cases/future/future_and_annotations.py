import __future__
for n in __future__.all_feature_names:
    f = getattr(__future__, n)
    print(n, f, f.optional, f.mandatory, f.compiler_flag)
class D:
    a: int
    b: "x"
print(D.__annotations__, D.__annotations__ is D.__annotations__)
def k(x: int = 1) -> str: pass
print(k.__annotations__)
