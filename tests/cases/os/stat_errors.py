# cwd: tmp
# stat(), lstat() and fstat() on what does not exist or is not a path.
import os

class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p

for args, kw in [(('missing',), {}), ((b'missing',), {}), ((P('missing'),), {}),
                 (('missing/below',), {}), (('',), {}), (('a\0b',), {}), ((b'a\0',), {}),
                 ((1.5,), {}), ((None,), {}), ((bytearray(b'x'),), {}), ((P(3),), {}),
                 ((5,), {'follow_symlinks': False}), ((5,), {'dir_fd': 3}),
                 (('x',), {'dir_fd': 'y'}), (('x',), {'dir_fd': 2**40}), ((2**70,), {}),
                 ((), {}), (('x', 'y'), {})]:
    for f in (os.stat, os.lstat):
        try:
            f(*args, **kw)
        except (OSError, ValueError, TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
for fd in (-1, 9999, 'x', 2**40):
    try:
        os.fstat(fd)
    except (OSError, TypeError, OverflowError) as e:
        print('fstat', type(e).__name__, e)
try:
    os.stat('missing')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.filename2, e.args)
