# cwd: tmp
# samefile, sameopenfile, samestat.
import os, posixpath as p

os.close(os.open('a', os.O_CREAT | os.O_WRONLY))
os.close(os.open('b', os.O_CREAT | os.O_WRONLY))
os.link('a', 'hard')
os.symlink('a', 'soft')
print(p.samefile('a', 'hard'), p.samefile('a', 'soft'), p.samefile('a', 'b'), p.samefile(b'a', 'a'))
print(p.samestat(os.stat('a'), os.stat('soft')), p.samestat(os.lstat('a'), os.lstat('soft')))
fa = os.open('a', os.O_RDONLY)
fh = os.open('hard', os.O_RDONLY)
fb = os.open('b', os.O_RDONLY)
print(p.sameopenfile(fa, fh), p.sameopenfile(fa, fb))
for fd in (fa, fh, fb):
    os.close(fd)
try:
    p.samefile('a', 'missing')
except FileNotFoundError as e:
    print(e)
