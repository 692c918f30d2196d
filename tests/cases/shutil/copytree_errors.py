# cwd: tmp
# copytree goes on after an error and raises them all at the end, in one Error.
import os
import shutil

os.makedirs("src/sub")
with open("src/ok", "w") as f:
    f.write("ok")
os.mkfifo("src/pipe")
os.mkfifo("src/sub/pipe2")
with open("src/sub/fine", "w") as f:
    f.write("fine")

try:
    shutil.copytree("src", "dst")
except shutil.Error as e:
    print(type(e).__name__, len(e.args), type(e.args[0]).__name__)
    for src, dst, why in sorted(e.args[0]):
        print(src, dst, why)
print(sorted(os.listdir("dst")), sorted(os.listdir("dst/sub")))


# the copy function's errors, whatever they are, become entries
def failing_copy(src, dst):
    if os.path.basename(src) == "fine":
        raise PermissionError(13, "Permission denied", src)
    if os.path.basename(src) == "ok":
        raise shutil.Error([("a", "b", "nested error")])
    return shutil.copy2(src, dst)


os.remove("src/pipe")
os.remove("src/sub/pipe2")
try:
    shutil.copytree("src", "dst2", copy_function=failing_copy)
except shutil.Error as e:
    for entry in sorted(e.args[0]):
        print(entry)

# an exception that is not an OSError stops the copy at once
def exploding(src, dst):
    raise KeyError("no copies today")


try:
    shutil.copytree("src", "dst3", copy_function=exploding)
except KeyError as e:
    print("KeyError:", e)
