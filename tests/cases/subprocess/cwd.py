# cwd: tmp
# cwd=: the child's working directory.
import os
import subprocess

os.mkdir('sub')
with open('sub/data.txt', 'w') as f:
    f.write('in sub\n')
print(subprocess.run(['cat', 'data.txt'], cwd='sub', capture_output=True).stdout)
print(subprocess.run(['ls'], cwd=b'sub', capture_output=True).stdout)
out = subprocess.run(['pwd'], cwd='sub', capture_output=True, text=True).stdout.strip()
print(out == os.path.realpath('sub'), os.path.basename(out))
print(os.path.basename(os.getcwd()) == os.path.basename(os.path.realpath('.')))
# a relative program name is found from the child's directory
with open('sub/tool.sh', 'w') as f:
    f.write('#!/bin/sh\necho tool ran "$@"\n')
os.chmod('sub/tool.sh', 0o755)
print(subprocess.run(['./tool.sh', 'arg'], cwd='sub', capture_output=True).stdout)
for bad in ('missing', 'sub/data.txt'):
    try:
        subprocess.run(['true'], cwd=bad)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(['true'], cwd=5)
except TypeError as e:
    print('TypeError:', e)
