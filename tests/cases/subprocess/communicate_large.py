# communicate() moves large amounts both ways without deadlock.
import subprocess

p = subprocess.Popen(['sh', '-c', 'yes out | head -n 200000; yes err | head -n 150000 >&2'],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print(len(out), len(err), out[:8], err[-8:], p.returncode)

data = bytes(range(256)) * 8192
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(data)
print(len(out), out == data, err)

p = subprocess.Popen(['sh', '-c', 'cat; cat /dev/null >&2'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)
out, err = p.communicate('text ' * 200000)
print(len(out), out[:10], repr(err))

r = subprocess.run(['cat'], input=b'\x00\xff' * 500000, capture_output=True)
print(len(r.stdout), r.stdout[:4])
