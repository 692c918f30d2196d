# cwd: tmp
# The module's functions and the one input() they follow.
import fileinput

with open("f", "w") as f:
    f.write("1\n2\n")

for name in ("filename", "lineno", "filelineno", "fileno", "isfirstline", "isstdin", "nextfile"):
    try:
        getattr(fileinput, name)()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)

it = fileinput.input("f", encoding="utf-8")
print(it is fileinput._state, fileinput.filename(), fileinput.lineno())
print(next(it), fileinput.lineno())
try:
    fileinput.input("f", encoding="utf-8")
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(it))
# finished: the file is closed, so a new input() may start
it2 = fileinput.input("f", encoding="utf-8")
print(it2 is not it, next(it2))
fileinput.close()
print(fileinput._state)
fileinput.close()
it3 = fileinput.input("f", encoding="utf-8")
it3.close()
print(list(it3), fileinput.filename())
fileinput.close()
