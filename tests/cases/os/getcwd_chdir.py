# cwd: tmp
# getcwd, getcwdb, chdir (str, bytes, descriptor) and chdir's errors.
import os

start = os.getcwd()
print(type(start).__name__, type(os.getcwdb()).__name__, os.getcwdb() == os.fsencode(start))
os.mkdir('sub')
os.chdir('sub')
print(os.path.basename(os.getcwd()), os.path.dirname(os.getcwd()) == start)
os.chdir(b'..')
print(os.getcwd() == start)
fd = os.open('sub', os.O_RDONLY)
os.chdir(fd)
print(os.path.basename(os.getcwd()))
os.fchdir(os.open('..', os.O_RDONLY))
print(os.getcwd() == start)
os.close(os.open('file', os.O_CREAT | os.O_WRONLY))
for a in ['missing', 'file', '', 'a\0', 1.5, None, 9999]:
    try:
        os.chdir(a)
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(os.getcwd() == start)
try:
    os.getcwd(1)
except TypeError as e:
    print(e)
