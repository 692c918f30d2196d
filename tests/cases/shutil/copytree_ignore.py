# cwd: tmp
# copytree's ignore: a callable given each directory and its names.
import os
import shutil

for path in ("src/keep.txt", "src/skip.tmp", "src/sub/keep.py", "src/sub/skip.tmp", "src/cache/x"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w").close()

seen = []


def ignore(directory, names):
    seen.append((directory, sorted(names)))
    return {n for n in names if n.endswith(".tmp") or n == "cache"}


shutil.copytree("src", "dst", ignore=ignore)
print(sorted(seen))
for root, dirs, files in sorted(os.walk("dst")):
    print(root, sorted(dirs), sorted(files))


def ignore_list(directory, names):
    return ["keep.txt", "not-there"]


shutil.copytree("src", "dst2", ignore=ignore_list)
print(sorted(os.listdir("dst2")), sorted(os.listdir("dst2/sub")))

# the ignore callable's own error is not gathered
def broken(directory, names):
    raise RuntimeError("broken ignore")


try:
    shutil.copytree("src", "dst3", ignore=broken)
except RuntimeError as e:
    print("RuntimeError:", e, os.path.exists("dst3"))
