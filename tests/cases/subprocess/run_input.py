# run(input=...): bytes and text to the child's stdin; conflicting arguments.
import subprocess

print(subprocess.run(['cat'], input=b'bytes in\n', capture_output=True).stdout)
print(repr(subprocess.run(['cat'], input='text in\n', capture_output=True, text=True).stdout))
print(subprocess.run(['wc', '-c'], input=b'x' * 100000, stdout=subprocess.PIPE).stdout.strip())
print(subprocess.run(['tr', 'a-z', 'A-Z'], input='shout\n', stdout=subprocess.PIPE, universal_newlines=True))
print(subprocess.run(['cat'], input=b'', capture_output=True))
# a child that never reads its input
print(subprocess.run(['true'], input=b'y' * 1000000))
print(subprocess.run(['head', '-c', '5'], input=b'z' * 1000000, capture_output=True).stdout)
for kwargs in ({'stdin': subprocess.PIPE}, {'stdin': subprocess.DEVNULL}):
    try:
        subprocess.run(['cat'], input=b'x', **kwargs)
    except ValueError as e:
        print('ValueError:', e)
for kwargs in ({'stdout': subprocess.PIPE}, {'stderr': subprocess.DEVNULL}):
    try:
        subprocess.run(['true'], capture_output=True, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    subprocess.run(['cat'], input='str in binary mode')
except TypeError as e:
    print('TypeError:', e)
