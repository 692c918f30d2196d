# driver: tty
# getpass on a terminal (stderr here): echo is off while the line is read,
# back on afterwards; the prompt and the newline go to the stream.
import getpass
import io
import os
import sys
import termios

real_open = os.open
os.open = lambda path, flags, *a: (_ for _ in ()).throw(OSError(6, "No device", path)) \
    if path == "/dev/tty" else real_open(path, flags, *a)


class Keys:
    """stdin standing for the terminal: descriptor 2, lines typed in advance."""

    def __init__(self, lines):
        self.lines = list(lines)
        self.seen = []

    def fileno(self):
        return 2

    def readline(self):
        lflag = termios.tcgetattr(2)[3]
        self.seen.append((bool(lflag & termios.ECHO), bool(lflag & termios.ICANON)))
        return self.lines.pop(0) if self.lines else ""

    def read(self, n):
        return self.readline()[:n] if False else self._char()

    def _char(self):
        lflag = termios.tcgetattr(2)[3]
        self.seen.append((bool(lflag & termios.ECHO), bool(lflag & termios.ICANON)))
        if not self.lines:
            return "\n"
        line = self.lines[0]
        self.lines[0] = line[1:]
        if not self.lines[0]:
            self.lines.pop(0)
        return line[0]


before = termios.tcgetattr(2)
keys = Keys(["hunter2\n"])
sys.stdin = keys
print(repr(getpass.getpass("Password: ")))
print(keys.seen, termios.tcgetattr(2) == before)

keys = Keys(["ab\x7fc\n"])
sys.stdin = keys
out = io.StringIO()
print(repr(getpass.getpass("PIN: ", out, echo_char="*")), repr(out.getvalue()))
print(keys.seen[0], termios.tcgetattr(2) == before)

keys = Keys([])
sys.stdin = keys
try:
    getpass.getpass("Empty: ")
except EOFError:
    print("EOFError", termios.tcgetattr(2) == before)
sys.stderr.flush()
