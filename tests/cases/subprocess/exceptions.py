# The exception classes: arguments, attributes, str and repr.
import subprocess

e = subprocess.CalledProcessError(1, ['cmd', 'arg'], b'out', b'err')
print(str(e), repr(e), e.args, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
e.stdout = b'changed'
print(e.output)
e = subprocess.CalledProcessError(returncode=2, cmd='c')
print(e, repr(e), e.args, e.output, e.stderr)
t = subprocess.TimeoutExpired(['sleep', '1'], 0.5)
print(str(t), repr(t), t.args, t.timeout, t.output, t.stdout, t.stderr)
t = subprocess.TimeoutExpired('cmd', 3, output=b'o', stderr=b'e')
print(t, repr(t), t.stdout, t.stderr)
t.stdout = b'new'
print(t.output)
print(subprocess.SubprocessError('msg'), repr(subprocess.SubprocessError()))
for cls in (subprocess.SubprocessError, subprocess.CalledProcessError, subprocess.TimeoutExpired):
    print(cls.__name__, cls.__module__, [c.__name__ for c in cls.__mro__])
try:
    subprocess.CalledProcessError(1)
except TypeError as e:
    print(e)
