# reprlib.repr of long strings, bytes and ints: both ends kept around the fill value.
import reprlib

R = reprlib.repr
for s in ["a" * 100, "abc", "a" * 28, "a" * 29, "a" * 30, "a'" * 20, 'x"y' * 20, "\n\t" * 30, "é€" * 40, ""]:
    print(len(s), R(s))
for n in [10**100, -10**50, 10**38, 10**39, 10**40, 0, -1, 2**200]:
    print(R(n))
print(R(b"x" * 100), R(3.14159), R(None), R(True), R(1 + 2j), R(1.5e300))
