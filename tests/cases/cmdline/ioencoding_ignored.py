# -E: PYTHONIOENCODING is ignored.
# options: -E
# env: PYTHONIOENCODING=ascii
import sys

print(sys.stdout.encoding, sys.stdout.errors)
print("caf\xe9")
