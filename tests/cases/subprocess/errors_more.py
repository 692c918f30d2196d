# Argument errors beyond the basic ones.
import os
import subprocess


def attempt(*args, **kwargs):
    try:
        p = subprocess.Popen(*args, **kwargs)
        print('started', p.wait())
    except Exception as e:
        print(type(e).__name__, '|', e)


attempt(['true'], pass_fds=['x'])
attempt(['true'], pass_fds=[-1])
attempt(['true'], pass_fds=5)
attempt(['true'], cwd=5)
attempt(['true'], env=5)
attempt(['true'], env={1: 'x'})
attempt(['true'], executable=5)
attempt(['true'], umask='x')
attempt(['true'], process_group='x')
attempt(['true'], extra_groups=5)
attempt(['true'], group='no_such_group_xyz')
attempt(['true'], user='no_such_user_xyz')
attempt('true', shell=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
attempt(['true'], stderr=subprocess.STDOUT)
attempt(['true'], stdout=subprocess.STDOUT)
attempt(['true'], bufsize=None)
for bad in ([], None, 5, 'ab c'):
    try:
        print(subprocess.list2cmdline(bad))
    except Exception as e:
        print(type(e).__name__, '|', e)
