# cwd: tmp
# listdir of str, bytes, None, a descriptor; and its errors.
import os

for n in ['b', 'a', 'c']:
    os.close(os.open(n, os.O_CREAT | os.O_WRONLY))
os.mkdir('sub')
print(sorted(os.listdir()), sorted(os.listdir('.')), sorted(os.listdir(None)))
print(sorted(os.listdir(b'.')))
fd = os.open('.', os.O_RDONLY)
print(sorted(os.listdir(fd)))
print(sorted(os.listdir(fd)))
os.close(fd)
print(os.listdir('sub'), os.listdir(path='sub'))
for a in ['missing', 'a', b'a', 3.5, 'x\0', 9999]:
    try:
        os.listdir(a)
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
