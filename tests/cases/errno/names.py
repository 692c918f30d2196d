# Every name of errno, its value, and errorcode.
import errno

names = [n for n in dir(errno) if n.startswith('E')]
print(len(names), names)
print([(n, getattr(errno, n)) for n in names])
print(len(errno.errorcode), sorted(errno.errorcode.items()))
print(list(errno.errorcode.items())[:10])
print([k for k in vars(errno) if not k.startswith('__')][:12])
