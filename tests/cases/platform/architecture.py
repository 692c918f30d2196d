# cwd: tmp
# architecture(): the executable's bits and linkage as the "file" command
# tells them, or the presets.
import os
import platform
import sys

print(platform.architecture())
print(platform.architecture(sys.executable) == platform.architecture())
print(platform.architecture("/bin/sh"))
with open("notes.txt", "w") as f:
    f.write("just text\n")
with open("script.sh", "w") as f:
    f.write("#!/bin/sh\necho hi\n")
os.chmod("script.sh", 0o755)
os.symlink("/bin/sh", "link")
print(platform.architecture("notes.txt"))
print(platform.architecture("script.sh"))
print(platform.architecture("link"))
print(platform.architecture("missing"))
print(platform.architecture(""))
print(platform.architecture(None, "16bit", "XX"))
print(platform.architecture("notes.txt", "8bit", "flat"))
print(platform.architecture("/bin/sh", "32bit", "X"))
