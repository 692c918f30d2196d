# Popen with pipes driven by hand.
import subprocess

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.stderr)
p.stdin.write(b'line one\nline two\n')
p.stdin.close()
print(p.stdout.read())
p.stdout.close()
print(p.wait(), p.returncode, p.poll())

p = subprocess.Popen(['sh', '-c', 'echo a; echo b >&2'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.stdout.read(), p.stderr.read())
p.stdout.close()
p.stderr.close()
print(p.wait())

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
print(type(p.stdin).__name__, type(p.stdout).__name__)
print(p.stdin.write(b'raw'))
p.stdin.close()
print(p.stdout.read(), p.wait())
p.stdout.close()

# a pipe line: one child's stdout is the next one's stdin
p1 = subprocess.Popen(['printf', 'c\\nb\\na\\n'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['sort'], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate()[0], p1.wait(), p2.returncode)
