# check_output() and its arguments.
import subprocess

print(subprocess.check_output(['echo', 'out']))
print(repr(subprocess.check_output(['echo', 'text'], text=True)))
print(subprocess.check_output(['sh', '-c', 'echo a; echo b >&2'], stderr=subprocess.STDOUT))
print(subprocess.check_output(['cat'], input=b'fed'))
print(repr(subprocess.check_output(['cat'], input=None, text=True)))
print(subprocess.check_output(['cat'], input=None))
print(subprocess.check_output('echo shell', shell=True))
try:
    subprocess.check_output(['sh', '-c', 'echo kept; exit 4'])
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stdout, e.stderr)
try:
    subprocess.check_output(['sh', '-c', 'echo err >&2; exit 4'], stderr=subprocess.PIPE)
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)
try:
    subprocess.check_output(args=['false'])
except subprocess.CalledProcessError as e:
    print(e)
