# cwd: tmp
# mkstemp: where the file goes, its name's parts, its mode, text and bytes forms.
import os
import tempfile

fd, name = tempfile.mkstemp(dir=".", prefix="pre-", suffix=".txt")
base = os.path.basename(name)
print(type(fd).__name__, os.path.isabs(name), os.path.dirname(name) == os.getcwd())
print(base.startswith("pre-"), base.endswith(".txt"), len(base))
print(oct(os.stat(name).st_mode & 0o777), os.get_inheritable(fd))
os.write(fd, b"data")
os.close(fd)
with open(name, "rb") as f:
    print(f.read())

fd, name = tempfile.mkstemp(dir=".", text=True)
print(os.path.basename(name)[:3], len(os.path.basename(name)))
os.close(fd)

fd, name = tempfile.mkstemp(dir=b".", suffix=b".b")
print(type(name).__name__, name.endswith(b".b"), os.path.basename(name)[:3])
os.close(fd)

fd, name = tempfile.mkstemp(prefix="", suffix="", dir=".")
print(len(os.path.basename(name)))
os.close(fd)

# the eight random characters come from one alphabet
names = set()
for i in range(20):
    fd, name = tempfile.mkstemp(dir=".")
    os.close(fd)
    names.add(os.path.basename(name)[3:])
print(len(names), all(len(n) == 8 and set(n) <= set("abcdefghijklmnopqrstuvwxyz0123456789_") for n in names))
print(len(os.listdir(".")))
