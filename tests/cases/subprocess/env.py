# env=: the child's whole environment.
import os
import subprocess

print(subprocess.run(['env'], env={'ONE': '1', 'TWO': 'two words'}, capture_output=True, text=True).stdout)
print(subprocess.run(['env'], env={}, capture_output=True).stdout)
print(subprocess.run(['env'], env={b'BYTES': b'val\xff'}, capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'echo "$X-$Y"'], env={'X': 'x', 'Y': 'y'}, capture_output=True).stdout)
os.environ['CIPY_SUBPROCESS_VAR'] = 'inherited'
print(subprocess.run(['sh', '-c', 'echo $CIPY_SUBPROCESS_VAR'], capture_output=True).stdout)
del os.environ['CIPY_SUBPROCESS_VAR']
print(subprocess.run(['sh', '-c', 'echo "[$CIPY_SUBPROCESS_VAR]"'], capture_output=True).stdout)
# the program is searched along the PATH of env
try:
    subprocess.run(['echo', 'x'], env={'PATH': '/nonexistent'})
except FileNotFoundError as e:
    print(e)
print(subprocess.run(['echo', 'found'], env={'PATH': '/nonexistent:/bin:/usr/bin'}, capture_output=True).stdout)
for env in ({'A=B': '1'}, {'A': 1}, {2: 'x'}, {'A': 'x\0y'}):
    try:
        subprocess.run(['true'], env=env)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
