# cwd: tmp
# architecture() reads what "file -b" says of the binary: the bits and the
# linkage it names, the presets otherwise.  A "file" of our own, first on
# PATH, says what each step wants and records how it was run.
import os
import platform

here = os.getcwd()
with open("file", "w") as f:
    f.write('#!/bin/sh\n'
            'echo "$# $1 $2 LC_ALL=$LC_ALL" >> calls\n'
            'echo "to stderr" >&2\n'
            'cat said\n'
            'exit $(cat status)\n')
os.chmod("file", 0o755)
os.environ["PATH"] = here + os.pathsep + os.environ["PATH"]


def ask(said, status=0, target="/bin/sh", bits="", linkage=""):
    with open("said", "w") as f:
        f.write(said)
    with open("status", "w") as f:
        f.write(str(status))
    return platform.architecture(target, bits, linkage)


for said in ["ELF 32-bit LSB executable, Intel 80386", "ELF 64-bit LSB pie executable, x86-64",
             "PE32 executable (console) Intel 80386, for MS Windows", "PE32+ executable",
             "Mach-O 64-bit x86_64 executable", "COFF executable 32-bit", "MS-DOS executable",
             "a.out executable", "data", "", "ELF 32-bit", "ELF shared object, 64-bit",
             "shared object, 32-bit", "ELF executable 64-bit 32-bit", "Mach-O ELF executable",
             "MS-DOS COFF executable", "COFF PE executable", "Mach-O PE executable 64-bit",
             "Executable ELF", "pe executable", "  ELF 64-bit executable  \n\n",
             "ELF 64-bit executable\nsecond line 32-bit", "N32 executable", "ELF 16-bit executable"]:
    print(repr(said), ask(said), ask(said, bits="B", linkage="L"))

# a failing "file" leaves the presets
print(ask("ELF 32-bit executable", status=3), ask("ELF 32-bit executable", 1, bits="B", linkage="L"))

# links are followed to the file they name, relative paths made absolute
os.symlink("/bin/sh", "link")
os.symlink("link", "link2")
with open("plain", "w") as f:
    f.write("text\n")
for target in ["link", "link2", "plain", b"plain", "missing"]:
    ask("ELF 32-bit executable", target=target)
# no executable: nothing is run
print(ask("ELF 32-bit executable", target=""), ask("ELF 32-bit executable", target=None, bits="8bit"))
with open("calls") as f:
    calls = f.read().replace(here, ".").splitlines()
print(len(calls))
for line in calls[-5:]:
    print(line)

# without "file" at all
os.environ["PATH"] = os.path.join(here, "nowhere")
print(platform.architecture("/bin/sh"), platform.architecture("/bin/sh", "B", "L"))
for bad in [5, 2.5]:
    try:
        platform.architecture(bad)
    except TypeError as e:
        print("TypeError", e)
