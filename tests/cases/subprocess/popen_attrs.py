# Popen's attributes and repr.
import subprocess

p = subprocess.Popen(['true'])
print(repr(p), type(p.pid).__name__, p.pid > 0, p.args, p.returncode, p.stdin, p.stdout, p.stderr)
p.wait()
print(repr(p))
p = subprocess.Popen(['echo', 'y' * 100], stdout=subprocess.DEVNULL)
p.wait()
print(repr(p), len(repr(p)))
p = subprocess.Popen('exit 4', shell=True)
p.wait()
print(repr(p), p.args)
p = subprocess.Popen(['true'], text=True, stdin=subprocess.PIPE)
print(p.text_mode, p.universal_newlines, type(p.stdin).__name__, p.stdin.write_through, p.stdin.line_buffering)
p.stdin.close()
p.wait()
p = subprocess.Popen(['true'], text=True, stdin=subprocess.PIPE, bufsize=1)
print(p.stdin.line_buffering)
p.stdin.close()
p.wait()
print(sorted(subprocess.__all__))
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
print(subprocess.Popen.__name__, subprocess.Popen.__module__, subprocess.run.__module__)
