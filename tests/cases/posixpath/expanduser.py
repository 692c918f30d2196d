# expanduser with and without HOME.
# env: HOME=/home/someone
import os, posixpath as p

for s in ['~', '~/', '~/x', '~x', 'a/~', '', '/~', b'~', b'~/b', '~~']:
    print(repr(s), repr(p.expanduser(s)))
os.environ['HOME'] = '/'
print(p.expanduser('~'), p.expanduser('~/z'), p.expanduser(b'~/z'))
os.environ['HOME'] = '/trailing/'
print(p.expanduser('~/z'))
try:
    p.expanduser(1)
except TypeError as e:
    print(e)
