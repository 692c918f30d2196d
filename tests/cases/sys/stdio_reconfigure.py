# sys.stdout.reconfigure(): each setting, its checks, and what was written
# before it goes out first.
import sys

print(sys.stdout.line_buffering, sys.stdout.write_through, sys.stdout.encoding, sys.stdout.errors)
for bad in [dict(encoding=5), dict(errors=5), dict(newline=5), dict(newline="x"), dict(encoding="nope"),
            dict(line_buffering="yes"), dict(write_through=1.5)]:
    try:
        sys.stdout.reconfigure(**bad)
        print("ok", bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure(1)
except TypeError as e:
    print("TypeError", e)
print(sys.stdout.reconfigure.__text_signature__)
print(sys.stdout.reconfigure(), sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(write_through=1, line_buffering=0)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(write_through=False)
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors, sys.stdout.encoding)
print("lone \udc80 surrogate")
sys.stdout.reconfigure(encoding="ascii")
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout)
try:
    print("caf\xe9")
except UnicodeEncodeError as e:
    sys.stderr.write(f"{type(e).__name__}: {e}\n")
sys.stdout.reconfigure(encoding="latin-1", errors="strict")
print("caf\xe9", sys.stdout.encoding)
sys.stdout.reconfigure(encoding="UTF8")
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout)
sys.stdout.reconfigure(newline="\r\n")
print("a\nb")
sys.stdout.reconfigure(newline="\r")
print("c")
sys.stdout.reconfigure(newline="")
print("d")
sys.stdout.reconfigure(newline=None)
print("e")
