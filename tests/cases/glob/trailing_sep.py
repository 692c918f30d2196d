# cwd: tmp
# A pattern ending with a separator matches directories only; literal parts are
# checked with lexists (a dangling symbolic link counts).
import glob
import os

os.mkdir('dir1')
os.mkdir('dir2')
open('file1', 'w').close()
os.symlink('nowhere', 'dangling')
os.symlink('dir1', 'link1')
print(sorted(glob.glob('*/')))
print(sorted(glob.glob('dir*/')), sorted(glob.glob('file*/')))
print(glob.glob('dangling'), glob.glob('dangl*'), glob.glob('dangling/'))
print(glob.glob('link1/'), sorted(glob.glob('*1')))
print(glob.glob('dir1//'), glob.glob('./dir1'), sorted(glob.glob('./*1')))
print(sorted(glob.glob('*/../file1')))
