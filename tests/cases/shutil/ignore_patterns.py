# cwd: tmp
# ignore_patterns: glob-style patterns for copytree's ignore.
import os
import pathlib
import shutil

for path in ("src/a.py", "src/a.pyc", "src/notes.txt", "src/.hidden", "src/__pycache__/a.cpython-314.pyc",
             "src/pkg/b.py", "src/pkg/b.pyc", "src/pkg/tmp/x", "src/pkg/Data.TMP"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w").close()

ignore = shutil.ignore_patterns("*.pyc", "__pycache__", "tmp", ".*")
print(sorted(ignore("src", os.listdir("src"))))
print(ignore("any", ["x.pyc", "y.py", "tmp", "tmpx"]) == {"x.pyc", "tmp"})
print(ignore("any", []), shutil.ignore_patterns()("d", ["a", "b"]))
shutil.copytree("src", "dst", ignore=ignore)
for root, dirs, files in sorted(os.walk("dst")):
    print(root, sorted(dirs), sorted(files))

# case matters on POSIX; a pattern with a directory part matches no bare name
shutil.copytree("src", "dst2", ignore=shutil.ignore_patterns("*.tmp", "pkg/b.py", "[ab].py"))
for root, dirs, files in sorted(os.walk("dst2")):
    print(root, sorted(dirs), sorted(files))

# path objects everywhere
print(shutil.copytree(pathlib.Path("src") / "pkg", pathlib.Path("dst3"), ignore=shutil.ignore_patterns("*.py*")))
print(sorted(os.listdir("dst3")))
print(shutil.copy(pathlib.Path("src/a.py"), pathlib.Path("dst3")), shutil.move(pathlib.Path("dst3/a.py"), "moved.py"))
shutil.rmtree(pathlib.Path("dst3"))
print(os.path.exists("dst3"), shutil.which(pathlib.Path("moved.py")))
