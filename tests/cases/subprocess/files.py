# cwd: tmp
# Files as stdin, stdout and stderr.
import subprocess

with open('out.txt', 'w') as f:
    subprocess.run(['echo', 'into a file'], stdout=f)
with open('out.txt', 'ab') as f:
    subprocess.run(['sh', '-c', 'echo and an error >&2'], stderr=f)
with open('out.txt') as f:
    print(repr(f.read()))
with open('out.txt', 'rb') as f:
    print(subprocess.run(['tr', 'a-z', 'A-Z'], stdin=f, capture_output=True).stdout)
with open('both.txt', 'w') as f:
    subprocess.run(['sh', '-c', 'echo 1; echo 2 >&2; echo 3'], stdout=f, stderr=subprocess.STDOUT)
with open('both.txt') as f:
    print(f.read().split())
with open('mixed.txt', 'w') as f:
    f.write('buffered first\n')
    f.flush()
    subprocess.run(['echo', 'then the child'], stdout=f.fileno())
print(open('mixed.txt').read())
