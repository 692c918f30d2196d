# Every constant of stat, and what _stat has.
import stat, _stat

print([(n, getattr(stat, n)) for n in dir(stat) if n.isupper() and not callable(getattr(stat, n))])
print(sorted(n for n in dir(_stat) if not n.startswith('_')))
print(all(getattr(stat, n) == getattr(_stat, n) for n in dir(_stat) if n.isupper() and not callable(getattr(_stat, n))))
print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR, type(stat.S_IFMT).__name__)
print(stat.__doc__)
