# cwd: tmp
# os.fwalk: the same walk with a directory descriptor for each directory.
import os

for d in ['r/s1/s2', 'r/t']:
    os.makedirs(d)
os.close(os.open('r/s1/file', os.O_CREAT | os.O_WRONLY))
os.symlink('s1', 'r/link')
for dirpath, dirnames, filenames, dirfd in os.fwalk('r'):
    dirnames.sort()
    print(dirpath, dirnames, sorted(filenames), type(dirfd).__name__, sorted(os.listdir(dirfd)))
print(sorted(p for p, d, f, fd in os.fwalk('r', topdown=False)))
print(sorted(p for p, d, f, fd in os.fwalk('r', follow_symlinks=True)))
print(sorted(p for p, d, f, fd in os.fwalk(b'r')))
errors = []
try:
    list(os.fwalk('missing', onerror=errors.append))
except FileNotFoundError as e:
    print(type(e).__name__, e, errors)
os.chmod('r/t', 0)
print(sorted(p for p, d, f, fd in os.fwalk('r', onerror=errors.append)), errors)
