# os.system runs a command through /bin/sh and returns its wait status.
import os
import sys

print(os.system("exit 0"), os.system("exit 3"), os.system(b"exit 7") >> 8)
print(os.waitstatus_to_exitcode(os.system("exit 5")))
print(os.system("kill -9 $$"), os.WIFSIGNALED(os.system("kill -TERM $$")))
sys.stdout.flush()
os.system("echo from the shell")
print(os.system.__doc__, os.system.__text_signature__)
for bad in ("a\0b", 5, None, ["ls"]):
    try:
        os.system(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.system()
except TypeError as e:
    print(e)
print(os.system(command="exit 2") >> 8)
