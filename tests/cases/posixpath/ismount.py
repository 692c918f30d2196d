# cwd: tmp
# ismount: the root, ordinary directories, files, links, missing paths.
import os, posixpath as p

os.mkdir('d')
os.close(os.open('f', os.O_CREAT | os.O_WRONLY))
os.symlink('/', 'rootlink')
for s in ['/', b'/', '.', 'd', 'f', 'rootlink', 'missing', '/proc', '/dev', '', '//']:
    print(repr(s), p.ismount(s))
