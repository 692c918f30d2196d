# _posixsubprocess.fork_exec called directly: its argument checks.
import _posixsubprocess
import os

r, w = os.pipe()
base = [[b'true'], [b'/bin/true'], True, (), None, None, -1, -1, -1, -1, -1, -1, r, w, True, False, -1,
        None, None, None, -1, None]


def attempt(i, value):
    args = list(base)
    args[i] = value
    try:
        pid = _posixsubprocess.fork_exec(*args)
        print('ran', os.waitpid(pid, 0)[1])
    except Exception as e:
        print(i, type(e).__name__, e)


for i, value in ((3, [5]), (3, (5, 4)), (3, (1,)), (3, ('x',)), (3, (-1,)), (0, 5), (0, (a for a in [b'true'])),
                 (1, 5), (5, 5), (5, [5]), (5, [b'A=1']), (17, 'x'), (19, -5), (20, 'x'), (16, 'x'), (18, 5),
                 (6, 'x'), (4, 5), (4, '/')):
    attempt(i, value)
try:
    _posixsubprocess.fork_exec(*base[:5])
except TypeError as e:
    print(e)
print(_posixsubprocess.__name__, sorted(n for n in dir(_posixsubprocess) if not n.startswith('__')))
os.close(r)
os.close(w)
