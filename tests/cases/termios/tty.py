# driver: tty
# stderr is a pseudo-terminal: its attributes read, changed and read back,
# its window size, and the calls that wait on or discard its queues.
import sys
import termios

fd = 2
a = termios.tcgetattr(fd)
print(len(a), [type(x).__name__ for x in a])
print(a[0], a[1], a[2] & ~termios.CBAUD & ~termios.CIBAUD, a[3])
print(len(a[6]), a[6][termios.VINTR], a[6][termios.VEOF], a[6][termios.VMIN], a[6][termios.VTIME])
print(a[4] == a[5])
print(bool(a[3] & termios.ICANON), bool(a[3] & termios.ECHO))

# non-canonical mode: VMIN and VTIME come back as ints
b = list(a)
b[6] = list(a[6])
b[3] &= ~(termios.ICANON | termios.ECHO)
b[6][termios.VMIN] = 1
b[6][termios.VTIME] = 0
termios.tcsetattr(fd, termios.TCSANOW, b)
c = termios.tcgetattr(fd)
print(c[3] == b[3], c[6][termios.VMIN], c[6][termios.VTIME], c[6][termios.VINTR])
print(bool(c[3] & termios.ICANON), bool(c[3] & termios.ECHO))

# cc items as ints, in every slot
b[6] = [0] * termios.NCCS
b[6][termios.VINTR] = 3
termios.tcsetattr(fd, termios.TCSADRAIN, b)
print(termios.tcgetattr(fd)[6][:8])

termios.tcsetattr(sys.stderr, termios.TCSAFLUSH, a)
d = termios.tcgetattr(sys.stderr)
print(d == a)

print(termios.tcgetwinsize(fd))
termios.tcsetwinsize(fd, (30, 100))
print(termios.tcgetwinsize(fd))
termios.tcsetwinsize(fd, [0, 0])
print(termios.tcgetwinsize(fd))
for bad in [(-1, 5), (70000, 1), (2**40, 1)]:
    try:
        termios.tcsetwinsize(fd, bad)
    except OverflowError as e:
        print(bad, e)

print(termios.tcdrain(fd), termios.tcflush(fd, termios.TCIFLUSH), termios.tcflush(fd, termios.TCIOFLUSH))
print(termios.tcflow(fd, termios.TCOON), termios.tcsendbreak(fd, 0))
for f, args in [(termios.tcflush, (fd, 99)), (termios.tcflow, (fd, 99)), (termios.tcsetattr, (fd, 99, a))]:
    try:
        f(*args)
    except termios.error as e:
        print(f.__name__, e.args)
