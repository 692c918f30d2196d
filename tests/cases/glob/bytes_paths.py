# cwd: tmp
# Bytes patterns give bytes results.
import glob
import os

os.mkdir('d')
for name in ['d/x.c', 'd/y.c', 'd/.z.c', 'top.c']:
    open(name, 'w').close()
print(sorted(glob.glob(b'*.c')))
print(sorted(glob.glob(b'd/*.c')))
print(sorted(glob.glob(b'**/*.c', recursive=True)))
print(sorted(glob.glob(b'd/.*')))
print(glob.glob(b'd/'), glob.glob(b''), glob.glob(b'nothing*'))
