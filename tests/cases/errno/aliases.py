# Names sharing a number: which one errorcode gives.
import errno

for a, b in [('EAGAIN', 'EWOULDBLOCK'), ('EDEADLK', 'EDEADLOCK'), ('EOPNOTSUPP', 'ENOTSUP')]:
    va, vb = getattr(errno, a), getattr(errno, b)
    print(a, b, va == vb, errno.errorcode[va])
print(errno.errorcode[errno.ENOENT], errno.errorcode.get(99999))
print(type(errno.errorcode).__name__, type(errno.ENOENT).__name__)
print(errno.__name__, type(errno).__name__, repr(errno)[:20])
