# More edges: environments, cwd errors, timeouts of wait, list2cmdline, streams.
# cwd: tmp
import os
import subprocess
import sys

def attempt(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, '|', e, '|', getattr(e, 'filename', None))

attempt(subprocess.run, ['true'], env={'A=B': '1'})
attempt(subprocess.run, ['true'], env={'A': 'x\0y'})
attempt(subprocess.run, ['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}, capture_output=True)
attempt(subprocess.run, ['true'], cwd='/no/such/dir')
attempt(subprocess.run, ['pwd'], cwd=b'/', capture_output=True)
p = subprocess.Popen(['sleep', '5'])
attempt(p.wait, 0)
attempt(p.wait, timeout=0.05)
p.terminate()
print(p.wait(), p.poll(), p.returncode)
p.kill()
p.send_signal(9)
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', 'f\\\\"g', '', 'h\\ i', 'tab\there']))
print(subprocess.list2cmdline([b'x y'] if False else ['x']))
print(subprocess.getstatusoutput('kill -TERM $$'), subprocess.getstatusoutput('echo a; echo; exit 3'))
print(repr(subprocess.getoutput('printf "x\\r\\ny"')))
print(subprocess.check_output(['cat'], input=None, text=True), subprocess.check_output(['cat'], input=None))
with open('in.txt', 'w') as f:
    f.write('from file\n')
with open('in.txt') as f:
    print(subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
with open('out.txt', 'w') as f:
    subprocess.run(['echo', 'to file'], stdout=f, stderr=subprocess.STDOUT)
print(open('out.txt').read())
r = subprocess.run(['sh', '-c', 'printf "a\\r\\nb\\rc"; printf "e\\r\\n" >&2'], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
r = subprocess.run(['sh', '-c', 'printf "a\\r\\nb"'], stdout=subprocess.PIPE, text=True)
print(repr(r.stdout))
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(b'x' * 200000)[0][-3:], p.returncode)
print(subprocess.run(['sh', '-c', 'exit 7'], stdout=subprocess.DEVNULL).returncode)
print(subprocess.call('exit 5', shell=True), subprocess.call(['sh', '-c', 'kill -9 $$']))
try:
    subprocess.check_call(['sh', '-c', 'kill -9 $$'])
except subprocess.CalledProcessError as e:
    print(e, repr(e))
try:
    subprocess.check_call(args=['false'])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.run('echo $0', shell=True, executable='/bin/sh', capture_output=True).stdout)
p = subprocess.Popen(['true'], stdout=subprocess.PIPE)
with p:
    pass
print(p.returncode, p.stdout.closed)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.run(['sh', '-c', 'echo $1 $2', 'zero', 'one', 'two'], capture_output=True).stdout)
print(subprocess.run(['echo', os.fsencode('b\xe9')], capture_output=True).stdout)
