# Ctrl-C during communicate(): the output read so far stays for a later call.
# driver: sigint
import subprocess

p = subprocess.Popen(['sh', '-c', 'echo early; exec sleep 10'], stdout=subprocess.PIPE)
try:
    print('ready', flush=True)
    p.communicate()
except KeyboardInterrupt:
    print('interrupted', p.returncode)
p.kill()
print(p.communicate(), p.returncode)
