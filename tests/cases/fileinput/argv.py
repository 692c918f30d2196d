# cwd: tmp
# args: first.txt second.txt
# With no files given, input() reads the files named on the command line.
import fileinput
import sys

print(sys.argv[1:])
for name in sys.argv[1:]:
    with open(name, "w") as f:
        f.write(f"{name}: one\n{name}: two\n")
for line in fileinput.input(encoding="utf-8"):
    if fileinput.isfirstline():
        print("--", fileinput.filename())
    print(fileinput.lineno(), line, end="")
fileinput.close()
with fileinput.FileInput(encoding="utf-8") as f:
    print(f._files, len(list(f)))
