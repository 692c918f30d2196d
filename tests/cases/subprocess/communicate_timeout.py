# communicate(timeout=...) raises TimeoutExpired and can be called again.
import subprocess

p = subprocess.Popen(['sh', '-c', 'echo first; exec sleep 5'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(timeout=1)
except subprocess.TimeoutExpired as e:
    print(e, e.stdout, e.stderr)
p.kill()
out, err = p.communicate()
print(out, err, p.returncode)

p = subprocess.Popen(['sleep', '5'], stdin=subprocess.PIPE)
try:
    p.communicate(b'unread', timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
try:
    p.communicate(b'again')
except ValueError as e:
    print('ValueError:', e)
p.terminate()
print(p.communicate(), p.returncode)

p = subprocess.Popen(['echo', 'fast'], stdout=subprocess.PIPE)
print(p.communicate(timeout=10), p.returncode)
p = subprocess.Popen(['true'])
print(p.communicate(), p.returncode)
