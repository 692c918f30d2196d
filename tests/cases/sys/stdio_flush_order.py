# As a script ends, sys.stderr is flushed before sys.stdout, and both before
# the traceback of an uncaught exception (stderr shares stdout's pipe here,
# so the order shows).
import io
import os
import sys

os.dup2(1, 2)
sys.stdout.write("stdout, no newline; ")
sys.stderr.write("stderr, no newline; ")
sys.stdout = io.TextIOWrapper(sys.stdout.detach(), encoding="ascii")
print("waiting in a wrapper of the program's")
print("caf\xe9")
