# communicate() called twice, children reaped behind Popen's back, input
# after writes through stdin, a child closing its stdout early.
import os
import subprocess
import sys

p = subprocess.Popen(['echo', 'hi'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate())
print(p.communicate())
p = subprocess.Popen(['echo', 'hi'], stdout=subprocess.PIPE)
print(p.communicate())
p = subprocess.Popen(['true'])
os.waitpid(p.pid, 0)
print(p.poll(), p.wait())
p = subprocess.Popen(['true'])
os.waitpid(p.pid, 0)
print(p.wait(), p.returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write('pre-written\n')
print(p.communicate('and input\n'))
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE)
p.stdin.close()
try:
    print(p.communicate(b'x'))
except Exception as e:
    print(type(e).__name__, e)
p.wait()
r = subprocess.run(['sh', '-c', 'exec 1>&-; sleep 0.2; echo done >&2'], capture_output=True, timeout=5)
print(r)
print(subprocess.run(['cat'], input=b'mv', capture_output=True).stdout)
print(subprocess.run(['cat'], input=bytearray(b'ba'), capture_output=True).stdout)
p = subprocess.Popen(['sleep', '5'])
print(p.send_signal(0), p.poll())
p.kill()
p.wait()
print(subprocess.run(['sh', '-c', 'exit 300']).returncode, subprocess.run(['sh', '-c', 'exit 255']).returncode)
try:
    subprocess.run(['true'], stdout=object())
except Exception as e:
    print(type(e).__name__, e)
