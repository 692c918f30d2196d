# f-string and format() fields of ints, floats and strs (formatted directly),
# of their subclasses (whose __format__ may be replaced), and str() of ints of
# every size.

vals = [0, 7, 9, 10, -1, -10, 99, 100, -100, 12345, 2**31, -2**31, 2**62 - 1, -2**62, 2**62, -2**62 - 1,
        2**63 - 1, -2**63, 2**63, 2**64, 10**19, -10**19, 10**25, -(10**25) - 1]
for v in vals:
    print(str(v), repr(v), f"{v}", f"{v:d}", f"{v:>30}", f"{v:,}", f"{v:_x}", format(v), format(v, "+"))
print(str(10**4000)[:20], len(str(10**4000)), len(f"{-10**4000}"))
try:
    str(10**5000)
except ValueError as e:
    print(e)
try:
    f"{10**5000}"
except ValueError as e:
    print(e)
try:
    f"{10**5000:d}"
except ValueError as e:
    print(e)

for x in (0.0, -0.0, 1.5, 3.25, 1e16, 1e-7, 123456.789, float("inf"), float("nan"), 2.0**70):
    print(f"{x}", f"{x:.3f}", f"{x:10.2e}", f"{x:g}", format(x), format(x, ""), f"{x!r}")

for s in ("", "abc", "é", "日本"):
    print(f"[{s}]", f"[{s:>5}]", f"[{s:*^7}]", f"[{s:.1}]", format(s), format(s, "<3"), f"{s!r}")

print(f"{True}", f"{False:d}", f"{True:>5}", format(True), format(False, ""), format(True, "x"))

class MyInt(int):
    def __format__(self, spec):
        return f"MyInt<{spec}>"
class MyFloat(float):
    def __format__(self, spec):
        return "MyFloat"
class MyStr(str):
    def __format__(self, spec):
        return "MyStr:" + spec
class PlainInt(int):
    pass
class PlainStr(str):
    pass
class IntStr(int):
    def __str__(self):
        return "IntStr!"
    def __repr__(self):
        return "IntRepr!"
print(f"{MyInt(5)}", f"{MyInt(5):x}", format(MyInt(1), "d"), f"{MyFloat(1.5)}", f"{MyFloat(1.5):.2f}")
print(f"{MyStr('q')}", f"{MyStr('q'):>4}", format(MyStr("r")), f"{PlainInt(42)}", f"{PlainInt(42):05d}")
print(f"{PlainStr('s')}", f"{PlainStr('s'):>3}", f"{IntStr(3)}", f"{IntStr(3):d}", str(IntStr(3)), f"{IntStr(3)!r}")

class Bad:
    def __format__(self, spec):
        return 5
try:
    f"{Bad()}"
except TypeError as e:
    print(e)
for bad in (("d", 1.5), ("s", 3), ("x", "a"), ("z", 4), (",s", "a")):
    try:
        print(format(bad[1], bad[0]))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(3, 4)
except TypeError as e:
    print(e)
try:
    format(3, None)
except TypeError as e:
    print(e)
print(f"{None}", f"{[1, 2]}", f"{(1,)!s:>6}", f"{ {'a': 1} }", f"{1+2j}", f"{1+2j:.1f}")
