# cwd: tmp
# gettempdir: TMPDIR, TEMP and TMP in that order, skipping what cannot be used;
# the choice is kept in tempfile.tempdir.
import os
import tempfile

os.mkdir("one")
os.mkdir("two")
os.mkdir("three")
here = os.getcwd()


def show(label):
    tempfile.tempdir = None
    d = tempfile.gettempdir()
    print(label, os.path.relpath(d, here) if d.startswith(here) else d == os.path.realpath("/tmp") or d)


for var in ("TMPDIR", "TEMP", "TMP"):
    os.environ.pop(var, None)
os.environ["TMP"] = "three"
show("TMP")
os.environ["TEMP"] = os.path.join(here, "two")
show("TEMP")
os.environ["TMPDIR"] = "one"
show("TMPDIR")
os.environ["TMPDIR"] = "missing"
show("missing TMPDIR")
open("afile", "w").close()
os.environ["TMPDIR"] = "afile"
show("a file")
os.environ["TMPDIR"] = ""
show("empty TMPDIR")

tempfile.tempdir = None
os.environ["TMPDIR"] = "one"
print(tempfile.tempdir)
print(os.path.relpath(tempfile.gettempdir(), here), os.path.relpath(tempfile.tempdir, here))
print(type(tempfile.gettempdirb()).__name__, os.path.relpath(tempfile.gettempdirb(), os.fsencode(here)))
os.environ["TMPDIR"] = "two"
print(os.path.relpath(tempfile.gettempdir(), here))   # kept from before
fd, name = tempfile.mkstemp()
print(os.path.relpath(name, here).startswith("one" + os.sep + "tmp"))
os.close(fd)
d = tempfile.mkdtemp()
print(os.path.relpath(d, here).startswith("one"))

tempfile.tempdir = "three"
print(tempfile.gettempdir(), tempfile.gettempdirb())
with tempfile.NamedTemporaryFile() as f:
    print(os.path.relpath(f.name, here).startswith("three"))
tempfile.tempdir = b"two"
print(tempfile.gettempdir(), tempfile.gettempdirb())
print(type(tempfile.mkdtemp()).__name__, type(tempfile.mkstemp()[1]).__name__)
print(sorted(len(os.listdir(d)) for d in ("one", "two", "three")))
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX)
print(tempfile.__all__)
