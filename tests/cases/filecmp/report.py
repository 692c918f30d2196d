# cwd: tmp
# dircmp's reports: report, report_partial_closure, report_full_closure.
import filecmp
import os


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(data)
    os.utime(path, (9, 9))


for side in ("a", "b"):
    write(f"{side}/same", "s")
    write(f"{side}/sub1/same", "s")
    write(f"{side}/sub1/sub2/sub3/f", side)
    write(f"{side}/sub1/sub2/x", "x" + side * 2)
    write(f"{side}/sub4/only-{side}", "")
    os.makedirs(f"{side}/sub5")
write("a/diff", "one")
write("b/diff", "two!")
write("a/zz-only", "")
write("a/aa-only", "")
write("b/m-only", "")
os.makedirs("a/clash")
write("b/clash", "")
os.symlink("nowhere", "a/broken")
write("b/broken", "")

d = filecmp.dircmp("a", "b")
d.report()
print("---")
filecmp.dircmp("a", "b").report_partial_closure()
print("---")
filecmp.dircmp("a", "b").report_full_closure()
print("---")
filecmp.dircmp("a/sub5", "b/sub5").report()
filecmp.dircmp("a/sub4", "b/sub4").report_full_closure()
