# run(timeout=...): TimeoutExpired, with the output read before it.
import subprocess

try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, '|', e, '|', e.cmd, e.timeout, e.output, e.stdout, e.stderr)
try:
    subprocess.run(['sh', '-c', 'echo started; echo warned >&2; exec sleep 5'], timeout=1, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e, e.stdout, e.stderr)
try:
    subprocess.run('exec sleep 5', shell=True, timeout=0.1, stdout=subprocess.PIPE, text=True)
except subprocess.TimeoutExpired as e:
    print(e, repr(e.stdout))
print(subprocess.run(['echo', 'quick'], timeout=10, capture_output=True).stdout)
try:
    subprocess.call(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('call:', e)
try:
    subprocess.check_output(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('check_output:', e, e.output)
