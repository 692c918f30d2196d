# A child writing to the inherited stdout and stderr; the parent's own
# output is buffered (a pipe), so it comes after the child's once flushed.
import subprocess
import sys

print('parent first', flush=True)
subprocess.run(['echo', 'child on stdout'])
subprocess.run(['sh', '-c', 'echo child on stderr >&2'])
subprocess.run(['sh', '-c', 'echo merged into stdout >&2'], stderr=subprocess.STDOUT)
print('parent buffered')
sys.stdout.flush()
subprocess.run(['echo', 'after the flush'])
print('parent to stderr', file=sys.stderr)
print(subprocess.run(['cat'], input=b'fed', stdout=sys.stdout).returncode)
