# cwd: tmp
# A program that cannot be executed raises in the parent.
import os
import subprocess

os.mkdir('adir')
with open('plain.txt', 'w') as f:
    f.write('not a program\n')
with open('noshebang', 'w') as f:
    f.write('echo ran without a shebang line\n')
os.chmod('noshebang', 0o755)
for args in (['no_such_program_xyz'], ['./plain.txt'], ['/nonexistent/dir/prog'], ['./adir'], 'also_missing arg',
             [b'bytes_missing'], ['plain.txt/x']):
    try:
        p = subprocess.Popen(args)
        print('started', p.wait())
    except OSError as e:
        print(type(e).__name__, '|', e, '|', repr(e), e.errno, repr(e.filename))
try:
    subprocess.run(['ignored'], executable='./no_such_exec')
except FileNotFoundError as e:
    print(e)
print(subprocess.run(['name-shown', '-c', 'echo $0'], executable='/bin/sh', capture_output=True).stdout)
try:
    print(subprocess.run(['./noshebang'], capture_output=True))
except OSError as e:
    print(type(e).__name__, e, e.errno)
try:
    subprocess.check_output(['no_such_program_xyz'])
except FileNotFoundError as e:
    print('check_output:', e)
print(subprocess.call(['sh', '-c', 'exit 0']))
