# cpu_count, uname, times, strerror, urandom, umask, get_terminal_size: types, not values.
import os

n = os.cpu_count()
print(type(n).__name__, n >= 1)
u = os.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname, all(type(x) is str for x in u))
print(u[0] == u.sysname, u.n_fields, type(u).__match_args__)
t = os.times()
print(type(t).__name__, len(t), all(type(x) is float for x in t), t.user >= 0, t.elapsed == t[4])
print(os.times_result((1.0, 2.0, 3.0, 4.0, 5.0)))
print(os.uname_result(('a', 'b', 'c', 'd', 'e')))
print(os.strerror(2), os.strerror(13), os.strerror(0), os.strerror(99999))
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)), os.urandom(32) != os.urandom(32))
for f, a in [(os.urandom, (-1,)), (os.urandom, ('x',)), (os.strerror, ('x',)), (os.umask, ('x',)),
             (os.get_terminal_size, ('x',)), (os.get_terminal_size, ()), (os.get_terminal_size, (99,)),
             (os.cpu_count, (1,))]:
    try:
        print(f(*a))
    except (OSError, ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts == (80, 24), type(ts).__module__)
old = os.umask(0o077)
print(oct(os.umask(old)))
print(len(os.getloadavg()), os.sched_yield())
