# cwd: tmp
# dircmp's attributes, each computed when first asked for.
import filecmp
import os


def write(path, data):
    with open(path, "w") as f:
        f.write(data)
    os.utime(path, (7, 7))


for d in ("left/common/deep", "right/common/deep", "left/onlyleftdir", "right/typeclash",
          "left/.git", "right/.git", "left/CVS", "left/__pycache__"):
    os.makedirs(d)
write("left/same.txt", "same")
write("right/same.txt", "same")
write("left/diff.txt", "left")
write("right/diff.txt", "right!")
write("left/shallow-same", "abc")
write("right/shallow-same", "xyz")
write("left/only-left", "")
write("right/only-right", "")
write("left/typeclash", "a file here")
write("left/common/inner", "i")
write("right/common/inner", "j")
write("left/common/deep/x", "x")
write("right/common/deep/x", "x")
os.symlink("nowhere", "left/dangling")
os.symlink("nowhere", "right/dangling")
os.mkfifo("left/pipe")
os.mkfifo("right/pipe")

d = filecmp.dircmp("left", "right")
print(d.left, d.right, d.hide, d.ignore is filecmp.DEFAULT_IGNORES, d.shallow)
print(sorted(vars(d)))
print(d.left_list)
print(d.right_list)
print(sorted(vars(d)))
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files)
print(sorted(d.subdirs), type(d.subdirs["common"]).__name__)
sub = d.subdirs["common"]
print(sub.left, sub.right, sub.same_files, sub.diff_files, sub.common_dirs)
print(sub.subdirs["deep"].same_files)
try:
    d.no_such_attribute
except AttributeError as e:
    print("AttributeError:", e)

deep = filecmp.dircmp("left", "right", shallow=False)
print(deep.same_files, deep.diff_files)
custom = filecmp.dircmp("left", "right", ignore=["typeclash"], hide=["dangling", "pipe"])
print(custom.left_list, custom.common)
print(filecmp.dircmp("left", "right", ignore=[]).left_only)
print(filecmp.DEFAULT_IGNORES, filecmp.__all__)
print(filecmp.dircmp[int], sorted(filecmp.dircmp.methodmap))
try:
    filecmp.dircmp("left", "missing").right_list
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    filecmp.dircmp("left", "right", True)
except TypeError as e:
    print("TypeError:", e)
