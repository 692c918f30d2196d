# run(): capture_output, returncodes and CompletedProcess's repr.
import subprocess

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(repr(r))
print(r.args, r.returncode, r.stdout, r.stderr)
print(repr(subprocess.run(['true'])))
print(repr(subprocess.run(['false'])))
print(repr(subprocess.run(['sh', '-c', 'exit 7'])))
print(subprocess.run('echo str-args', shell=True, stdout=subprocess.PIPE))
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], capture_output=True)
print(r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo only-err >&2'], stderr=subprocess.PIPE)
print(repr(r))
r.check_returncode()
print(subprocess.CompletedProcess(['x'], 0))
print(subprocess.CompletedProcess('x', 1, 'o', 'e'))
print(subprocess.CompletedProcess[bytes], subprocess.Popen[str])
try:
    subprocess.CompletedProcess(['a', 'b'], 3, b'so', b'se').check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
