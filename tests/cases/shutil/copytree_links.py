# cwd: tmp
# copytree and symbolic links: followed, kept as links, dangling ones.
import os
import shutil

os.makedirs("src/real")
with open("src/real/f", "w") as f:
    f.write("in real")
with open("outside", "w") as f:
    f.write("outside")
os.symlink("real", "src/dirlink")
os.symlink("../outside", "src/filelink")

shutil.copytree("src", "followed")
for name in ("dirlink", "filelink"):
    p = os.path.join("followed", name)
    print(name, os.path.islink(p), os.path.isdir(p), os.path.isfile(p))
print(sorted(os.listdir("followed/dirlink")), open("followed/filelink").read())

shutil.copytree("src", "kept", symlinks=True)
for name in ("dirlink", "filelink"):
    p = os.path.join("kept", name)
    print(name, os.path.islink(p), os.readlink(p))

# a dangling link: an error gathered in shutil.Error, or ignored
os.symlink("nowhere", "src/dangling")
try:
    shutil.copytree("src", "dangling-copy")
except shutil.Error as e:
    errors = e.args[0]
    print(type(errors).__name__, len(errors))
    for src, dst, why in errors:
        print(src, dst, why)
print(sorted(os.listdir("dangling-copy")))
shutil.copytree("src", "ignored", ignore_dangling_symlinks=True)
print(sorted(os.listdir("ignored")))
shutil.copytree("src", "kept2", symlinks=True)
print(os.path.islink("kept2/dangling"), os.readlink("kept2/dangling"))
