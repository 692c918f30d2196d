# Bad arguments: CPython's exceptions and texts.
import subprocess


def attempt(*args, **kwargs):
    try:
        p = subprocess.Popen(*args, **kwargs)
        print('started', p.wait())
    except Exception as e:
        print(type(e).__name__, '|', e)


attempt(None)
attempt([1])
attempt(['echo', 2])
attempt([])
attempt(5)
attempt(['true'], bufsize='x')
attempt(['true'], bufsize=1.5)
attempt(['true'], text=True, universal_newlines=False)
attempt(['true'], text=False, universal_newlines=True)
attempt(['true'], startupinfo=object())
attempt(['true'], creationflags=1)
attempt(['true'], stdin=-5)
attempt(['true'], stdout='nope')
attempt(['true'], user=-1)
attempt(['true'], group=-1)
attempt(['true'], user=1.5)
attempt(['true'], extra_groups=[-1])
attempt(['echo', 'nul\0'])
attempt(['true'], preexec_fn=lambda: 1 / 0)
attempt(['true'], preexec_fn=5)
for kw in ('stdout', 'check'):
    try:
        subprocess.check_output(['true'], **{kw: None})
    except ValueError as e:
        print('ValueError |', e)
try:
    subprocess.run()
except TypeError as e:
    print('TypeError |', e)
try:
    subprocess.Popen(['true'], bogus=1)
except TypeError as e:
    print('TypeError |', e)
