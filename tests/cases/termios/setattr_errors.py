# driver: tty
# tcsetattr's checks of its list, in CPython's order, on a terminal
# (stderr): the seven items, the flags as C longs, the 32 cc items.
import termios

fd = 2
good = termios.tcgetattr(fd)
cc = list(good[6])
cases = [
    None, 1, [1, 2], [1, 2, 3, 4, 5, 6, 7, 8], (0,) * 7,
    ["a", 2, 3, 4, 5, 6, []],
    [1, 2, 3, 4, 5, 6, []],
    [1, 2, 3, 4, 5, 6, cc[:-1]],
    [1, 2, 3, 4, 5, 6, tuple(cc)],
    [1, 2, 3, 4, 5, 6, [b"ab"] * 32],
    [1, 2, 3, 4, 5, 6, [1.5] * 32],
    [1, 2, 3, 4, 5, 6, ["x"] * 32],
    [1, 2, 3, 4, 5, "x", cc],
    [1, 2, 3, 4, 5, 6, [2**70] * 32],
    [2**64, 2, 3, 4, 5, 6, cc],
]
for attrs in cases:
    try:
        termios.tcsetattr(fd, termios.TCSANOW, attrs)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
# flags wider than tcflag_t are cut to it, as a C long is
mod = list(good)
mod[0] = good[0] | (1 << 32)
termios.tcsetattr(fd, termios.TCSANOW, mod)
print(termios.tcgetattr(fd)[0] == good[0])
termios.tcsetattr(fd, termios.TCSANOW, good)
print(termios.tcgetattr(fd) == good)
