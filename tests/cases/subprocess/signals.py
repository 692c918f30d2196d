# Children killed by signals: negative return codes and CalledProcessError's text.
import signal
import subprocess

for sig in ('TERM', 'KILL', 'INT', 'HUP', 'USR1', 'ALRM'):
    r = subprocess.run(['sh', '-c', 'kill -%s $$' % sig])
    print(sig, r.returncode)
    try:
        r.check_returncode()
    except subprocess.CalledProcessError as e:
        print(' ', e)
print(subprocess.CalledProcessError(-99, ['x']))
print(subprocess.CalledProcessError(-signal.SIGSEGV, 'cmd'))
print(subprocess.CalledProcessError(0, 'cmd'))
print(subprocess.CalledProcessError(255, b'bytes cmd'))
try:
    subprocess.check_call(['sh', '-c', 'kill -TERM $$'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
# (a shell may start this test with SIGQUIT ignored, which children inherit)
signal.signal(signal.SIGQUIT, signal.SIG_DFL)
print(subprocess.call(['sh', '-c', 'kill -QUIT $$']))
