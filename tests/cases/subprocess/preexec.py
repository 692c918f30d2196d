# preexec_fn runs in the child before the program.
import os
import subprocess

print(subprocess.run(['sh', '-c', 'umask'], preexec_fn=lambda: os.umask(0o022), capture_output=True).stdout)
try:
    subprocess.run(['true'], preexec_fn=lambda: 1 / 0)
except subprocess.SubprocessError as e:
    print(type(e).__name__, '|', e)


def to_dir():
    os.chdir('/')


print(subprocess.run(['pwd'], preexec_fn=to_dir, capture_output=True).stdout)
