# env: PYTHONIOENCODING=latin1:replace
# PYTHONIOENCODING sets the encoding (shown by the codec's own name) and the
# errors of stdin and stdout; stderr keeps backslashreplace.
import sys

for f in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(f), f.encoding, f.errors)
print("caf\xe9 \u20ac")
sys.stdout.flush()
sys.stderr.write("caf\xe9 \u20ac\n")
sys.stdout.reconfigure(encoding="utf-8")
print(sys.stdout.encoding, sys.stdout.errors, "caf\xe9 \u20ac")
