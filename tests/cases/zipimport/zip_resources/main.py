# importlib.resources.files for a package in a zip archive.
import sys
import importlib.resources as r

sys.path.insert(0, __file__.rpartition("/")[0] + "/res.zip")
root = r.files("pkg")
print(root.name, root.is_dir(), root.is_file())
print(sorted(p.name for p in root.iterdir()))
print(sorted(p.name for p in (root / "data").iterdir()))
print((root / "data" / "a.txt").read_text(), end="")
print(root.joinpath("data", "b.bin").read_bytes())
print((root / "data").is_dir(), (root / "data" / "a.txt").is_file(), (root / "missing").is_file())
print(r.read_text("pkg", "data/a.txt"), end="")
print(r.is_resource("pkg", "data/a.txt"), r.is_resource("pkg", "data"))
# as_file: a member of the archive becomes a temporary file while in use
import os
member = root / "data" / "a.txt"
with r.as_file(member) as p:
    print(os.path.isfile(str(p)), p.name.endswith("a.txt"), p.read_text(), end="")
    kept = str(p)
print(os.path.exists(kept))
