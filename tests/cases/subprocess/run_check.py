# run(check=True): CalledProcessError with the captured output.
import subprocess

for cmd in (['false'], ['sh', '-c', 'exit 3'], 'exit 42'):
    try:
        subprocess.run(cmd, check=True, shell=isinstance(cmd, str))
    except subprocess.CalledProcessError as e:
        print(type(e).__name__, '|', e, '|', repr(e), e.returncode, e.cmd, e.output, e.stderr)
try:
    subprocess.run(['sh', '-c', 'echo partial; echo bad >&2; exit 1'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr, e.output)
try:
    subprocess.run(['sh', '-c', 'echo t; exit 2'], check=True, stdout=subprocess.PIPE, text=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.stdout), e.stderr)
print(subprocess.run(['true'], check=True))
