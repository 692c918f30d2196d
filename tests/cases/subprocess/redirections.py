# stderr=STDOUT, DEVNULL in each position, descriptors as targets.
import os
import subprocess

cmd = ['sh', '-c', 'echo to-out; echo to-err >&2']
print(subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout)
print(subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).stderr)
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True).stdout)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)

r, w = os.pipe()
subprocess.run(cmd, stdout=w, stderr=w)
os.close(w)
print(sorted(os.read(r, 100).split()))
os.close(r)

r, w = os.pipe()
os.write(w, b'from a descriptor\n')
os.close(w)
print(subprocess.run(['cat'], stdin=r, stdout=subprocess.PIPE).stdout)
os.close(r)
print(subprocess.run(['sh', '-c', 'cat <&0 | wc -l'], input=b'1\n2\n3\n', stdout=subprocess.PIPE).stdout.strip())
