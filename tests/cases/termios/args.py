# The argument checks of each function: counts, keywords, signatures, docs.
import termios

names = ["tcgetattr", "tcsetattr", "tcsendbreak", "tcdrain", "tcflush", "tcflow", "tcgetwinsize",
         "tcsetwinsize"]
for name in names:
    f = getattr(termios, name)
    print(name, f.__text_signature__, f.__module__, repr(f))
    print(f.__doc__)
    for args in [(), (0, 1, 2, 3, 4)]:
        try:
            f(*args)
        except TypeError as e:
            print("  ", e)
    try:
        f(fd=0)
    except TypeError as e:
        print("  ", e)
print(termios.__doc__)
print(termios.__name__)
