# termios on descriptors that are not terminals: stdin is /dev/null, a pipe,
# a closed descriptor, and the conversions of the fd argument.
import os
import termios


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e.args)
    else:
        print(label, "->", r)


r, w = os.pipe()
for fd in (0, r, w):
    attempt("tcgetattr", termios.tcgetattr, fd)
    attempt("tcsetattr", termios.tcsetattr, fd, termios.TCSANOW, [0, 0, 0, 0, 0, 0, [b"\0"] * 32])
    attempt("tcsendbreak", termios.tcsendbreak, fd, 0)
    attempt("tcdrain", termios.tcdrain, fd)
    attempt("tcflush", termios.tcflush, fd, termios.TCIFLUSH)
    attempt("tcflow", termios.tcflow, fd, termios.TCOON)
    attempt("tcgetwinsize", termios.tcgetwinsize, fd)
    attempt("tcsetwinsize", termios.tcsetwinsize, fd, (24, 80))
os.close(r)
os.close(w)
attempt("closed", termios.tcgetattr, r)
attempt("negative", termios.tcgetattr, -1)
attempt("huge", termios.tcgetattr, 2**70)
attempt("str", termios.tcgetattr, "0")
attempt("float", termios.tcgetattr, 0.0)
attempt("None", termios.tcdrain, None)


class HasFileno:
    def __init__(self, v):
        self.v = v

    def fileno(self):
        return self.v


attempt("fileno 0", termios.tcgetattr, HasFileno(0))
attempt("fileno str", termios.tcgetattr, HasFileno("x"))
attempt("fileno -3", termios.tcgetattr, HasFileno(-3))
with open(os.devnull) as f:
    attempt("file", termios.tcgetattr, f)
attempt("bool", termios.tcgetattr, False)

# the other arguments are converted before the call is made
attempt("queue str", termios.tcflush, 0, "x")
attempt("queue huge", termios.tcflush, 0, 2**40)
attempt("action float", termios.tcflow, 0, 1.5)
attempt("duration None", termios.tcsendbreak, 0, None)
attempt("when str", termios.tcsetattr, 0, "now", [])
attempt("attrs None", termios.tcsetattr, 0, 0, None)
attempt("attrs short", termios.tcsetattr, 0, 0, [1, 2, 3])
attempt("attrs tuple", termios.tcsetattr, 0, 0, (1, 2, 3, 4, 5, 6, []))
attempt("attrs /dev/null", termios.tcsetattr, 0, 0, [1, 2, 3, 4, 5, 6, []])
attempt("winsize int", termios.tcsetwinsize, 0, 5)
attempt("winsize one", termios.tcsetwinsize, 0, (1,))
attempt("winsize three", termios.tcsetwinsize, 0, [1, 2, 3])
attempt("winsize float", termios.tcsetwinsize, 0, (1.5, 2))
attempt("winsize str", termios.tcsetwinsize, 0, "ab")
attempt("winsize dict", termios.tcsetwinsize, 0, {0: 1, 1: 2})
attempt("winsize huge", termios.tcsetwinsize, 0, (2**70, 1))
attempt("winsize big", termios.tcsetwinsize, 0, (2**40, 1))
