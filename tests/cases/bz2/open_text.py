# bz2.open in text mode: encoding, errors, newline; its argument checks.
# cwd: tmp
import bz2

with bz2.open("t.bz2", "wt", encoding="utf-8") as f:
    print(type(f).__name__, f.write("héllo\nwörld\r\nend\r"))
with bz2.open("t.bz2", "rt", encoding="utf-8") as f:
    print(repr(f.read()))
with bz2.open("t.bz2", "rt", encoding="utf-8", newline="") as f:
    print(f.readlines())
with bz2.open("t.bz2", "rt", encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with bz2.open("t.bz2", "rb") as f:
    print(f.read())
with bz2.open("t.bz2", "at", encoding="latin-1", newline="\r\n") as f:
    f.write("more\n")
with bz2.open("t.bz2", "r") as f:
    print(f.read())
with open("t.bz2", "rb") as raw, bz2.open(raw, "rt", encoding="latin-1") as f:
    print(repr(f.read(8)))
for mode, kw in [("rbt", {}), ("rb", {"encoding": "utf-8"}), ("wb", {"errors": "strict"}),
                 ("r", {"newline": "\n"}), ("z", {}), ("wt", {"compresslevel": 11})]:
    try:
        bz2.open("t.bz2", mode, **kw)
    except ValueError as e:
        print("ValueError", e)
with bz2.open("t.bz2", "w", 3) as f:
    f.write(b"level three")
print(bz2.open("t.bz2").read())
