# cwd: tmp
# copytree: a whole tree, dirs_exist_ok, a custom copy function, the destination.
import os
import shutil


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            with open(path) as f:
                out.append((os.path.relpath(path, top), f.read()))
        for name in dirs:
            out.append((os.path.relpath(os.path.join(root, name), top) + "/", None))
    return sorted(out, key=lambda x: x[0])


for path, text in (("src/a.txt", "A"), ("src/sub/b.txt", "B"), ("src/sub/deeper/c.py", "C")):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
os.makedirs("src/empty")
os.chmod("src/sub", 0o750)
os.utime("src/a.txt", (1, 2))

print(shutil.copytree("src", "dst"))
print(tree("dst"))
print(oct(os.stat("dst/sub").st_mode & 0o777), os.stat("dst/a.txt").st_mtime)

try:
    shutil.copytree("src", "dst")
except FileExistsError as e:
    print("FileExistsError:", e)
with open("src/a.txt", "w") as f:
    f.write("new A")
print(shutil.copytree("src", "dst", dirs_exist_ok=True), tree("dst")[0])

calls = []


def my_copy(src, dst):
    calls.append((type(src).__name__, os.path.relpath(src, "src")))
    with open(dst, "w") as f:
        f.write("copied")
    return dst


print(shutil.copytree("src", "custom", copy_function=my_copy))
print(sorted(calls), tree("custom")[:2])
print(shutil.copytree("src", "with-copy", copy_function=shutil.copy), os.stat("with-copy/a.txt").st_mtime != 2)
print(shutil.copytree("src/", "nested/deeper/dst"), tree("nested"))
print(shutil.copytree(b"src", b"bytes-dst"))


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(shutil.copytree, "missing", "x")
attempt(shutil.copytree, "src/a.txt", "x")
attempt(shutil.copytree, "src", "src/a.txt/x")
print(os.path.exists("x"))
