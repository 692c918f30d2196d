# cwd: tmp
# The copy functions take os.DirEntry objects, as copytree gives them.
import os
import shutil

os.mkdir("src")
with open("src/a", "w") as f:
    f.write("A")
os.chmod("src/a", 0o604)
os.symlink("a", "src/link")
os.mkfifo("src/pipe")
os.mkdir("dst")

with os.scandir("src") as it:
    entries = {e.name: e for e in it}
print(shutil.copy2(entries["a"], "dst/a2"), oct(os.stat("dst/a2").st_mode & 0o777))
print(shutil.copy(entries["a"], "dst/a3"))
print(shutil.copyfile(entries["link"], "dst/l", follow_symlinks=False), os.path.islink("dst/l"))
print(shutil.copyfile(entries["link"], "dst/l2"), os.path.islink("dst/l2"))
shutil.copymode(entries["a"], "dst/l2")
shutil.copystat(entries["a"], "dst/l2")
print(oct(os.stat("dst/l2").st_mode & 0o777))
try:
    shutil.copyfile(entries["pipe"], "dst/p")
except shutil.SpecialFileError as e:
    print("SpecialFileError:", e)
try:
    shutil.copyfile(entries["a"], "src/a")
except shutil.SameFileError as e:
    print("SameFileError:", str(e).replace(repr(entries["a"]), "ENTRY"))
print(sorted(os.listdir("dst")))
