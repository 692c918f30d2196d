# PYTHONIOENCODING=utf-8:replace: the codec and error handler of the standard streams.
# env: PYTHONIOENCODING=utf-8:replace
import sys

print(sys.stdout, sys.stdout.encoding, sys.stdout.errors, sys.stderr, sys.stderr.errors, sys.stdin.errors)
print("caf\xe9 \u20ac", file=sys.stderr)
print("caf\xe9")
print("\u20ac \udcff")
