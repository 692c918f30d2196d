# A Popen dropped before its child was waited for warns (shown with -W always).
# options: -W always::ResourceWarning
import subprocess
import warnings

p = subprocess.Popen(['true'])
pid = p.pid
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    del p
print([(w.category.__name__, str(w.message) == 'subprocess %d is still running' % pid) for w in caught])
p = subprocess.Popen(['true'])
p.wait()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    del p
print(caught)
