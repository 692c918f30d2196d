# The audit events cipy raises itself: exec, open, builtins.input.
import io
import os
import sys
import tempfile

events = []


def hook(event, args):
    if event in ('exec', 'open', 'builtins.input'):
        events.append((event, tuple(a.co_name if hasattr(a, 'co_name') else a for a in args)))


d = tempfile.mkdtemp()
sys.addaudithook(hook)


def f():
    return 1


eval(f.__code__)
exec(f.__code__, {})
name = os.path.join(d, 'x.txt')
with open(name, 'w') as fh:
    fh.write('x')
with open(name, 'rb') as fh:
    pass
with open(name, 'a+', encoding='utf-8') as fh:
    pass
io.FileIO(name, 'r').close()
fd = os.open(name, os.O_RDONLY)
open(fd, 'rb').close()
sys.stdin = io.StringIO('line\n')
input('prompt? ')
sys.stdin = sys.__stdin__
os.remove(name)
os.rmdir(d)
for event, args in events:
    print(event, [a.replace(d, 'DIR') if isinstance(a, str) else a for a in args])


class Veto(Exception):
    pass


def veto(event, args):
    if event == 'open' and 'forbidden' in str(args[0]):
        raise Veto(args[0])


sys.addaudithook(veto)
try:
    open('/nonexistent/forbidden')
except Veto as e:
    print('vetoed', e)
