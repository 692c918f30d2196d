# pass_fds keeps chosen descriptors open in the child; the others are closed.
import os
import subprocess

r, w = os.pipe()
os.dup2(w, 9)
os.close(w)
p = subprocess.run(['sh', '-c', 'echo through fd 9 >&9'], pass_fds=[9])
os.close(9)
print(p.returncode, os.read(r, 100))
os.close(r)

r, w = os.pipe()
os.dup2(w, 9)
os.close(w)
p = subprocess.run(['sh', '-c', 'echo x >&9 2>/dev/null || echo closed'], capture_output=True)
print(p.stdout)
p = subprocess.run(['sh', '-c', 'echo kept >&9'], close_fds=False)
os.close(9)
print(p.returncode, os.read(r, 100))
os.close(r)
print(os.get_inheritable(r) if False else 'done')
try:
    subprocess.run(['true'], pass_fds=[99])
except OSError as e:
    print(type(e).__name__, e)
# descriptors below 3 among pass_fds change nothing
print(subprocess.run(['sh', '-c', 'echo still; echo here >&2'], pass_fds=(1, 2), capture_output=True))
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2'], pass_fds=[1], capture_output=True))
