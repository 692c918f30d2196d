# cwd: tmp
# cmpfiles: the same, the different and the incomparable of a list of names.
import filecmp
import os

for d in ("x", "y"):
    os.mkdir(d)
for name, left, right in (("same", b"1", b"1"), ("diff", b"12", b"123"),
                          ("subtle", b"ab", b"ba"), ("only-x", b"x", None)):
    with open(os.path.join("x", name), "wb") as f:
        f.write(left)
    if right is not None:
        with open(os.path.join("y", name), "wb") as f:
            f.write(right)
    os.utime(os.path.join("x", name), (5, 5))
    if right is not None:
        os.utime(os.path.join("y", name), (5, 5))
os.mkdir("x/sub")
os.mkdir("y/sub")
names = ["same", "diff", "subtle", "only-x", "sub", "nowhere"]
print(filecmp.cmpfiles("x", "y", names))
print(filecmp.cmpfiles("x", "y", names, shallow=False))
print(filecmp.cmpfiles("x", "y", []))
print(filecmp.cmpfiles("x", "y", ("same",)), filecmp.cmpfiles(b"x", b"y", [b"same"]))
print(filecmp.cmpfiles("x", "missing", ["same"]))
try:
    filecmp.cmpfiles("x", "y", [1])
except TypeError as e:
    print("TypeError:", e)
