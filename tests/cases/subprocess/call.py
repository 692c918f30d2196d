# call() and check_call().
import subprocess

print(subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 6', shell=True))
print(subprocess.call(['sh', '-c', 'echo from call'], stdout=subprocess.DEVNULL))
print(subprocess.check_call(['true']))
for kwargs in ({}, {'shell': True}):
    try:
        subprocess.check_call('exit 3' if kwargs else ['false'], **kwargs)
    except subprocess.CalledProcessError as e:
        print(e, e.cmd, e.returncode, e.output)
try:
    subprocess.check_call(args=['sh', '-c', 'exit 2'])
except subprocess.CalledProcessError as e:
    print(e, e.cmd)
try:
    subprocess.call(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
try:
    subprocess.call(['no_such_program_xyz'])
except FileNotFoundError as e:
    print(e)
