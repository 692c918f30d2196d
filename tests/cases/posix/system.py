# posix's system queries: uname, times, sysconf, urandom, terminal size.
import posix

u = posix.uname()
print(type(u).__name__, len(u), u.sysname, type(u.release).__name__, u[0] == u.sysname)
t = posix.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t))
print(posix.sysconf('SC_PAGESIZE') > 0, posix.sysconf_names['SC_PAGESIZE'] == posix.sysconf(posix.sysconf_names['SC_PAGESIZE']) or True)
try:
    posix.sysconf('SC_NO_SUCH')
except ValueError as e:
    print(e)
print(len(posix.urandom(0)), len(posix.urandom(17)), type(posix.urandom(3)).__name__)
try:
    posix.urandom(-1)
except ValueError as e:
    print(e)
try:
    posix.get_terminal_size(999)
except OSError as e:
    print(type(e).__name__, e.errno)
print(posix.cpu_count() >= 1, posix.umask(0o22) >= 0, posix.umask(0o22))
print(posix.fspath('a'), posix.fspath(b'b'))
try:
    posix.fspath(1)
except TypeError as e:
    print(e)
print(posix.device_encoding(999), posix.getcwd() == posix.getcwdb().decode())
