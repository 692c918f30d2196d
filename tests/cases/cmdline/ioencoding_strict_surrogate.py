# PYTHONIOENCODING=utf-8 without an error handler: strict, so a lone
# surrogate cannot be printed.
# env: PYTHONIOENCODING=utf-8
import sys

print(sys.stdout.errors)
try:
    print("\udcff")
except UnicodeEncodeError as e:
    print("error:", e)
