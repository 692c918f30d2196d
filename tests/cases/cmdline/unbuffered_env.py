# PYTHONUNBUFFERED as -u.
# env: PYTHONUNBUFFERED=1
import sys

print(sys.stdout.buffer, sys.stdout.write_through, sys.flags)
