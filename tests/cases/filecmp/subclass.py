# cwd: tmp
# A dircmp subclass: subdirs are of the subclass, phases may be overridden.
import filecmp
import os

for side in ("l", "r"):
    os.makedirs(f"{side}/s/t")
    with open(f"{side}/s/t/f", "w") as f:
        f.write(side)


class Mine(filecmp.dircmp):
    def phase3(self):
        print("phase3 of", self.left)
        super().phase3()


m = Mine("l", "r", shallow=False)
print(type(m.subdirs["s"]).__name__, type(m.subdirs["s"].subdirs["t"]).__name__)
print(m.subdirs["s"].subdirs["t"].diff_files)
print(m.subdirs["s"].subdirs["t"].diff_files)
m.phase4_closure()
print(m.subdirs["s"].shallow, sorted(m.subdirs["s"].subdirs))
print(filecmp.dircmp.__doc__.splitlines()[0])
