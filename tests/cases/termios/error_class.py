# termios.error: an Exception subclass of the module's own, raised with
# (errno, strerror).
import errno
import termios

E = termios.error
print(E, E.__mro__, E.__module__, E.__qualname__, E.__doc__)
print(issubclass(E, OSError), issubclass(E, Exception))
e = E(1, "x")
print(e, repr(e), e.args)
try:
    termios.tcgetattr(0)
except E as exc:
    print("caught", exc.args[0] == errno.ENOTTY, type(exc.args[1]).__name__)
    print(exc)
try:
    raise E("custom")
except Exception as exc:
    print(type(exc).__name__, exc)


class Mine(termios.error):
    pass


print(Mine.__mro__)
print(str(Mine(5, "five")))
import importlib
m2 = importlib.import_module("termios")
print(m2 is termios, m2.error is E)
