# start_new_session, process_group, umask and restore_signals.
import os
import subprocess

p = subprocess.Popen(['sleep', '5'], start_new_session=True)
print(os.getsid(p.pid) == p.pid, os.getsid(p.pid) != os.getsid(0))
p.kill()
p.wait()
p = subprocess.Popen(['sleep', '5'], process_group=0)
print(os.getpgid(p.pid) == p.pid)
p.kill()
p.wait()
p = subprocess.Popen(['sleep', '5'])
print(os.getpgid(p.pid) == os.getpgid(0))
p.kill()
p.wait()
print(subprocess.run(['sh', '-c', 'umask'], umask=0o027, capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'umask'], umask=0, capture_output=True).stdout)
# SIGPIPE is the default again in the child: yes dies of it
r = subprocess.run('yes | head -n 2', shell=True, capture_output=True)
print(r.stdout, r.returncode)
r = subprocess.run(['sh', '-c', 'yes | head -n 1; echo ${PIPESTATUS:-done}'], capture_output=True)
print(r.stdout)
