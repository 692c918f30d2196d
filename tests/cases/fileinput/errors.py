# cwd: tmp
# Errors while reading: missing files, directories, and what the state is then.
import fileinput

with open("ok", "w") as f:
    f.write("fine\n")

f = fileinput.FileInput(["ok", "missing", "ok"], encoding="utf-8")
try:
    for line in f:
        print(repr(line), f.filename(), f.lineno())
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
print(f.filename(), f.lineno(), f.filelineno(), f.fileno())
print([repr(line) for line in f], f.filename(), f.lineno())
f.close()

import os
os.mkdir("adir")
try:
    list(fileinput.FileInput("adir", encoding="utf-8"))
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    list(fileinput.FileInput([b"ok", None], encoding="utf-8"))
except TypeError as e:
    print("TypeError:", e)
