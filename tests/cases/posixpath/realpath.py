# cwd: tmp
# realpath through links, loops and missing parts, with strict in its three forms.
import os, posixpath as p

here = os.path.realpath(os.getcwd())
def show(path, **kw):
    try:
        r = p.realpath(path, **kw)
        if isinstance(r, bytes):
            r = os.fsdecode(r)
        print(repr(path), kw, r.replace(here, '<tmp>'))
    except (OSError, ValueError) as e:
        print(repr(path), kw, type(e).__name__, str(e).replace(here, '<tmp>'))

os.makedirs('a/b')
os.close(os.open('a/b/f', os.O_CREAT | os.O_WRONLY))
os.symlink('a/b', 'lb')
os.symlink('lb/f', 'lf')
os.symlink('../..', 'a/b/up')
os.symlink('loop1', 'loop2')
os.symlink('loop2', 'loop1')
os.symlink('nowhere/x', 'dangling')
os.symlink(os.path.join(here, 'a'), 'absolute')
for path in ['.', 'a/b/f', 'lb', 'lf', 'lb/up/a', 'lb/../lb/f', 'loop1', 'loop1/x', 'dangling', 'missing/y',
             'absolute/b', 'a/b/f/x', 'a/b/f/', 'a/b/f/.', 'a/b/f/..', 'lf/', b'lf', '', '/', '//', '/..']:
    for strict in (False, True, p.ALLOW_MISSING):
        show(path, strict=strict)
show('a\0')
print(p.ALLOW_MISSING)
