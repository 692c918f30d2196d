# cwd: tmp
# copy and copy2: into a directory, mode bits, times (copy2 only), links.
import os
import shutil

with open("src", "w") as f:
    f.write("content")
os.chmod("src", 0o751)
os.utime("src", (1000000000, 1200000000))
os.mkdir("d")

print(shutil.copy("src", "d"), shutil.copy("src", "d/"), shutil.copy("src", "plain"))
st = os.stat("plain")
print(oct(st.st_mode & 0o777), st.st_mtime == 1200000000)
print(shutil.copy2("src", "d/two"), shutil.copy2("src", "d"))
st = os.stat("d/two")
print(oct(st.st_mode & 0o777), st.st_mtime)
print(open("d/two").read())

os.symlink("src", "link")
print(shutil.copy2("link", "from-link"), os.path.islink("from-link"))
print(shutil.copy2("link", "link-copy", follow_symlinks=False), os.path.islink("link-copy"), os.readlink("link-copy"))
print(shutil.copy("link", "link-copy2", follow_symlinks=False), os.path.islink("link-copy2"))

shutil.copymode("src", "d/src")
os.chmod("plain", 0o600)
shutil.copymode("plain", "d/src")
print(oct(os.stat("d/src").st_mode & 0o777))
os.utime("plain", (5, 7))
shutil.copystat("plain", "d/src")
st = os.stat("d/src")
print(oct(st.st_mode & 0o777), st.st_atime, st.st_mtime)
shutil.copystat("d", "plain")
print(oct(os.stat("plain").st_mode & 0o777))
shutil.copymode("src", "link", follow_symlinks=False)   # Linux cannot chmod a link: nothing happens
shutil.copystat("src", "link", follow_symlinks=False)


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(shutil.copy, "src", "src")
attempt(shutil.copy2, "missing", "d")
attempt(shutil.copy, "src", "missing-dir/x")
attempt(shutil.copymode, "missing", "src")
attempt(shutil.copymode, "src", "missing")
attempt(shutil.copystat, "missing", "src")
attempt(shutil.copystat, "src", "missing")
attempt(shutil.copy, "d", "e")
print(sorted(os.listdir(".")), sorted(os.listdir("d")))
