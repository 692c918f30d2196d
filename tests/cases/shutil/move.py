# cwd: tmp
# move: renames, into directories, and its errors.
import os
import shutil


def attempt(*args, **kwargs):
    try:
        print(repr(shutil.move(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e, e.args if isinstance(e, shutil.Error) else "")


with open("a", "w") as f:
    f.write("A")
os.makedirs("d/inner")
attempt("a", "b")
attempt("b", "d")
print(sorted(os.listdir("d")))
with open("c", "w") as f:
    f.write("C")
attempt("c", "d/b")
print(open("d/b").read())
open("b", "w").close()
attempt("b", "d")
attempt("d", "d/inner")
attempt("d", "d/inner/deeper")
attempt("d", "d")
attempt("d", "e")
attempt("e/", "f")
print(sorted(os.listdir(".")))
os.mkdir("g")
attempt("f", "g/")
print(sorted(os.listdir("g")))
attempt("missing", "x")
attempt("missing", "g")
os.symlink("g", "glink")
attempt("glink", "moved-link")
print(os.path.islink("moved-link"), os.readlink("moved-link"))
attempt("b", "moved-link")
print(sorted(os.listdir("g")))
attempt(b"b2" if os.path.exists("b2") else b"g", b"h")
print(sorted(os.listdir(".")))
