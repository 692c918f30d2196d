# cwd: tmp
# A symbolic link back up the tree: glob's recursive walk follows it until the
# system refuses a path (as CPython's does), pathlib's '**' and walk do not.
import glob
import os
import pathlib

os.makedirs('top/sub')
os.symlink('..', 'top/sub/up')
found = glob.glob('**', root_dir='top', recursive=True)
print(len(found), sorted(found)[:4])
print(sorted(glob.glob('top/*/*')))
print(sorted(map(str, pathlib.Path('top').glob('**'))))
print(sorted(str(p) for p, d, f in pathlib.Path('top').walk()))
print(len(list(pathlib.Path('top').glob('**', recurse_symlinks=True))) == len(found) + 1)
