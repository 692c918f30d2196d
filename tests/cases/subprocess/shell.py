# shell=True: a command line for /bin/sh.
import subprocess

print(subprocess.run('echo one two | tr a-z A-Z', shell=True, capture_output=True).stdout)
print(subprocess.run('exit 5', shell=True).returncode)
print(subprocess.run('echo "$0" "$1"', shell=True, capture_output=True).stdout)
print(subprocess.run(['echo "$0" "$1"', 'zero', 'one'], shell=True, capture_output=True).stdout)
print(subprocess.run(b'printf bytes', shell=True, capture_output=True).stdout)
print(subprocess.run('for i in 1 2 3; do echo $i; done', shell=True, capture_output=True, text=True).stdout)
r = subprocess.run('no_such_command_here', shell=True, capture_output=True)
print(r.returncode, r.stdout)
print(subprocess.run('echo $0', shell=True, executable='/bin/sh', capture_output=True).stdout)
print(subprocess.run(['true'], shell=True))
