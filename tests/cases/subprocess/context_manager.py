# Popen as a context manager: the pipes are closed and the child waited for.
import subprocess

with subprocess.Popen(['sh', '-c', 'echo inside; exit 3'], stdout=subprocess.PIPE) as p:
    print(p.stdout.readline())
print(p.returncode, p.stdout.closed)
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:
    p.stdin.write(b'data')
print(p.returncode, p.stdin.closed, p.stdout.closed, p.stderr.closed)
try:
    with subprocess.Popen(['sleep', '5']) as p:
        p.kill()
        raise RuntimeError('body failed')
except RuntimeError as e:
    print(e, p.returncode)
with subprocess.Popen(['true']) as p:
    pass
print(p.returncode, p.stdin, p.stdout, p.stderr)
