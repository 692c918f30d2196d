# The constants of termios.  The speeds (B*) are left out: they are the
# speeds themselves with a C library whose speed_t is one (glibc 2.42 and
# later) and small codes otherwise, so they depend on the C library.
import termios

names = [n for n in dir(termios) if n.isupper() and not (n[0] == "B" and n[1:].isdigit())]
names = [n for n in names if n not in ("EXTA", "EXTB")]
print(len(names))
for n in names:
    v = getattr(termios, n)
    print(n, type(v).__name__, v)
print(termios.NCCS, termios.VMIN, termios.VTIME, termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH)
print(termios.B0, termios.B38400 > termios.B9600 > termios.B0)
# (CPython's termios is a shared library, with a __file__)
print(sorted(n for n in dir(termios) if not n.isupper() and n != "__file__"))
