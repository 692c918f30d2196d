# The forms args may take: list, tuple, str, bytes, os.PathLike, a generator.
import os
import subprocess


class Prog:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


print(subprocess.run(('echo', 'tuple'), capture_output=True).stdout)
print(subprocess.run('true').returncode, subprocess.run(b'true').returncode)
print(subprocess.run([b'echo', b'bytes', 'mixed'], capture_output=True).stdout)
print(subprocess.run([Prog('/bin/echo'), Prog('pathlike arg')], capture_output=True).stdout)
print(subprocess.run(Prog('/bin/true')).returncode)
print(subprocess.run((a for a in ['echo', 'gen']), capture_output=True).stdout)
print(subprocess.run(['echo', 'caf\xe9', 'undecodable\udcff'], capture_output=True).stdout)
print(subprocess.run(['echo', ''], capture_output=True).stdout)
try:
    subprocess.run(Prog('true'), shell=True)
except TypeError as e:
    print('TypeError:', e)
r = subprocess.run(['sh', '-c', 'echo $#'] + ['x'] * 1000, capture_output=True)
print(r.stdout)
print(subprocess.run(['id', '-u'], user=os.getuid(), group=os.getgid(), capture_output=True).stdout
      == subprocess.run(['id', '-u'], capture_output=True).stdout)
