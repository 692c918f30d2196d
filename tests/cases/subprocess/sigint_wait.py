# Ctrl-C while waiting for a child: KeyboardInterrupt in the parent, which
# then kills the child.
# driver: sigint
import subprocess

p = subprocess.Popen(['sleep', '10'], stdout=subprocess.DEVNULL)
try:
    print('ready', flush=True)
    p.wait()
except KeyboardInterrupt:
    print('interrupted', p.returncode)
p.kill()
print(p.wait())
