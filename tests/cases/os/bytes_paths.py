# cwd: tmp
# Every kind of call with bytes paths: names come back as bytes.
import os

os.mkdir(b'd\xc3\xa9')
os.close(os.open(b'd\xc3\xa9/f', os.O_CREAT | os.O_WRONLY))
os.close(os.open('undecodable\udcff', os.O_CREAT | os.O_WRONLY))
print(sorted(os.listdir(b'.')))
print(sorted(ascii(n) for n in os.listdir('.')))
print(os.listdir('d\xe9'), os.listdir(b'd\xc3\xa9'))
os.symlink(b'd\xc3\xa9/f', b'ln')
print(os.readlink(b'ln'), os.readlink('ln'))
print([e.path for e in os.scandir(b'd\xc3\xa9')], [e.name for e in os.scandir('d\xe9')])
os.rename(b'ln', b'ln2')
print(os.path.exists(b'ln2'), os.path.islink('ln2'))
try:
    os.stat(b'missing\xff')
except FileNotFoundError as e:
    print(e, e.filename)
try:
    os.stat('missing\udcff')
except FileNotFoundError as e:
    print(ascii(str(e)), ascii(e.filename))
