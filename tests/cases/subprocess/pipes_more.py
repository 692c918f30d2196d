# Pipes that break, mixed streams, popen streams.
# cwd: tmp
import os
import subprocess

print(subprocess.check_output(['sh', '-c', 'echo out; echo err >&2'], stderr=subprocess.STDOUT))
p = subprocess.Popen(['sh', '-c', 'exit 0'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b'y' * 300000), p.returncode)
p = subprocess.Popen(['true'], stdin=subprocess.PIPE)
p.wait()
print(p.communicate(b'z' * 100000), p.returncode)
r = subprocess.run(['head', '-c', '5'], input=b'q' * 500000, capture_output=True)
print(r.stdout, r.returncode)
r = subprocess.run(['cat'], input='l1\nl2\r\n', capture_output=True, text=True)
print(repr(r.stdout))
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write('written ')
print(p.communicate('then more'))
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(b'a', timeout=0.0)
except subprocess.TimeoutExpired as e:
    print('timeout', e.stdout, e.stderr)
print(p.communicate(), p.returncode)
f = os.popen('echo one; echo two')
print(f.readlines(), f.name if hasattr(f, 'name') else None, f.encoding == f._stream.encoding)
print(f.close(), f.closed)
with os.popen('exit 4') as f:
    pass
print(f.closed)
f = os.popen('cat', 'w')
print(f.write('to cat\n'), f.writable(), f.readable())
print(f.close())
print(isinstance(subprocess.Popen(['true']).wait(), int))
r = subprocess.run(['sh', '-c', 'echo $$'], capture_output=True)
print(r.args, type(r.stdout))
print(subprocess.run(['env'], env={}, capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'umask'], umask=0o27, capture_output=True).stdout)
