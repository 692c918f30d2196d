# cwd: tmp
# Making, renaming and removing files and directories in a fresh directory.
import os

print(os.listdir())
os.mkdir('d')
fd = os.open('d/f.txt', os.O_WRONLY | os.O_CREAT, 0o644)
print(os.write(fd, b'hello'))
os.close(fd)
print(sorted(os.listdir('d')), os.path.getsize('d/f.txt'))
os.rename('d/f.txt', 'd/g.txt')
print(os.listdir('d'))
os.replace('d/g.txt', 'h.txt')
print(sorted(os.listdir('.')), os.listdir(b'd'))
os.remove('h.txt')
os.rmdir('d')
print(os.listdir())
