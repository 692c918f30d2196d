# reconfigure() of newline and of an error handler on the standard stream;
# bytes written to the buffer are not translated.
import sys

sys.stdout.reconfigure(newline="\r\n")
print("crlf", "line")
sys.stdout.write("a\nb\n")
sys.stdout.buffer.write(b"raw\n")
sys.stdout.reconfigure(newline="\r")
print("cr")
sys.stdout.reconfigure(newline=None)
sys.stdout.reconfigure(encoding="ascii", errors="xmlcharrefreplace")
print("caf\xe9 \u20ac")
print(repr(sys.stdout), sys.stdout.errors)
sys.stdout.reconfigure(encoding="utf-8", errors="strict")
print("caf\xe9 \u20ac", repr(sys.stdout))
