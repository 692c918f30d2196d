# importlib.resources.files: data files of packages on disk.
import importlib.resources as r
import pkg

root = r.files("pkg")
print(root.name, root.is_dir(), root.is_file())
print(sorted(p.name for p in root.iterdir() if not p.name.startswith("__")))
text = root / "data.txt"
print(text.read_text(), end="")
print(text.read_bytes())
print(root.joinpath("sub", "inner.bin").read_bytes())
print((root / "sub" / "inner.bin").is_file(), (root / "missing").is_file(), (root / "missing").is_dir())
print(r.files(pkg) == root, str(root) == pkg.__path__[0])
print(r.read_text("pkg", "data.txt"), end="")
print(r.is_resource("pkg", "data.txt"), r.is_resource("pkg", "sub"))
print(sorted(n for n in r.contents("pkg.sub") if not n.startswith("__")))
try:
    (root / "missing").read_bytes()
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == str(root / "missing"))
with r.as_file(text) as path:
    print(path.name)
ns = r.files("nspkg")
print(sorted(p.name for p in ns.iterdir()))
print(pkg.here().name)
try:
    r.files("nothere_xyz")
except ModuleNotFoundError as e:
    print(e)
